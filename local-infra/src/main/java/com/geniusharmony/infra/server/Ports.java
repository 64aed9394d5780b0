package com.geniusharmony.infra.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * Loopback ports: a free one for a new server, and whether one answers.
 */
public final class Ports {

	private Ports() {
	}

	/**
	 * Finds a port that is free on 127.0.0.1 now.
	 * @return the port
	 */
	public static int free() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on 127.0.0.1", ex);
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
