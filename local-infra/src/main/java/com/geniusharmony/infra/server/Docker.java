package com.geniusharmony.infra.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Tells cheaply whether a Docker engine answers, without loading Testcontainers: an
 * engine socket must exist and answer {@code GET /_ping} within a second.
 * {@code HARMONY_INFRA_TESTCONTAINERS=false} skips the check.
 */
public final class Docker {

	/**
	 * The variable that turns the Testcontainers path off when {@code false}.
	 */
	public static final String SWITCH = "HARMONY_INFRA_TESTCONTAINERS";

	private static final Duration TIMEOUT = Duration.ofSeconds(1);

	private static final byte[] PING = "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"
		.getBytes(StandardCharsets.US_ASCII);

	private Docker() {
	}

	/**
	 * Tells whether a Docker engine answers.
	 * @param environment the environment variables to read ({@code DOCKER_HOST},
	 * {@code HOME}, {@code XDG_RUNTIME_DIR} and the switch)
	 * @return whether an engine answered its ping
	 */
	public static boolean answers(Map<String, String> environment) {
		if ("false".equalsIgnoreCase(environment.get(SWITCH))) {
			return false;
		}
		Optional<String> host = configuredHost(environment);
		if (host.isPresent()) {
			return answers(URI.create(host.get()));
		}
		return defaultSockets(environment).stream()
			.filter(Files::exists)
			.anyMatch((socket) -> answers(URI.create("unix://" + socket)));
	}

	private static boolean answers(URI host) {
		try {
			if ("unix".equals(host.getScheme())) {
				return pingUnixSocket(Path.of(host.getPath()));
			}
			if ("tcp".equals(host.getScheme())) {
				return pingTcp(host.getHost(), host.getPort());
			}
			return false;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean pingUnixSocket(Path socket) throws IOException {
		if (!Files.exists(socket)) {
			return false;
		}
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
				Selector selector = Selector.open()) {
			channel.connect(UnixDomainSocketAddress.of(socket));
			channel.write(ByteBuffer.wrap(PING));
			channel.configureBlocking(false);
			channel.register(selector, SelectionKey.OP_READ);
			ByteBuffer response = ByteBuffer.allocate(64);
			long deadline = System.nanoTime() + TIMEOUT.toNanos();
			while (response.position() < 12 && System.nanoTime() < deadline) {
				selector.select(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
				selector.selectedKeys().clear();
				if (channel.read(response) < 0) {
					break;
				}
			}
			return isOk(new String(response.array(), 0, response.position(), StandardCharsets.US_ASCII));
		}
	}

	private static boolean pingTcp(String host, int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
			socket.setSoTimeout((int) TIMEOUT.toMillis());
			socket.getOutputStream().write(PING);
			InputStream input = socket.getInputStream();
			return isOk(new String(input.readNBytes(12), StandardCharsets.US_ASCII));
		}
	}

	private static boolean isOk(String statusLine) {
		return statusLine.startsWith("HTTP/1.") && statusLine.length() >= 12
				&& statusLine.substring(9, 12).equals("200");
	}

	private static Optional<String> configuredHost(Map<String, String> environment) {
		String host = environment.get("DOCKER_HOST");
		if (host != null && !host.isBlank()) {
			return Optional.of(host.trim());
		}
		Path properties = home(environment).resolve(".testcontainers.properties");
		if (!Files.isReadable(properties)) {
			return Optional.empty();
		}
		try (InputStream input = Files.newInputStream(properties)) {
			Properties testcontainers = new Properties();
			testcontainers.load(input);
			return Optional.ofNullable(testcontainers.getProperty("docker.host")).filter((value) -> !value.isBlank());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static List<Path> defaultSockets(Map<String, String> environment) {
		Path home = home(environment);
		List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"),
				home.resolve(".docker/run/docker.sock"), home.resolve(".docker/desktop/docker.sock")));
		String runtime = environment.get("XDG_RUNTIME_DIR");
		if (runtime != null && !runtime.isBlank()) {
			sockets.add(Path.of(runtime, "docker.sock"));
		}
		return sockets;
	}

	private static Path home(Map<String, String> environment) {
		return Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")));
	}

}
