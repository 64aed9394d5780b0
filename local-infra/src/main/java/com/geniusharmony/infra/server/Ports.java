package com.geniusharmony.infra.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Loopback ports: a free one for a new server, and whether one answers.
 */
public final class Ports {

	private Ports() {
	}

	/**
	 * The ports handed out are taken below the range the operating system assigns to the
	 * local end of outgoing connections (32768 to 60999 on Linux, 49152 and up
	 * elsewhere): a port found free there could be given to a client connection before
	 * the server that was meant to listen on it binds it.
	 */
	private static final int LOWEST = 20000;

	private static final int HIGHEST = 32767;

	/** Ports handed out by this JVM, never handed out twice. */
	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	/**
	 * Finds a port that is free on 127.0.0.1 now, outside the range of ephemeral ports,
	 * and not handed out before by this JVM.
	 * @return the port
	 */
	public static int free() {
		int span = HIGHEST - LOWEST + 1;
		int start = ThreadLocalRandom.current().nextInt(span);
		for (int i = 0; i < span; i++) {
			int port = LOWEST + (start + i) % span;
			if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
				return port;
			}
		}
		throw new IllegalStateException("No free port on 127.0.0.1 between " + LOWEST + " and " + HIGHEST);
	}

	private static boolean bindable(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Fails unless a port is free on 127.0.0.1, before a server is started on it.
	 * @param port the port
	 * @param server what needs it, for the message
	 */
	public static void requireFree(int port, String server) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Port " + port + " on 127.0.0.1 is in use, so " + server
					+ " cannot listen on it: stop what holds it or choose another port.", ex);
		}
	}

	/**
	 * Tells whether something accepts connections on a port.
	 * @param host the host
	 * @param port the port
	 * @param timeout how long a connection attempt may take
	 * @return whether a connection was accepted
	 */
	public static boolean answers(String host, int port, Duration timeout) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
