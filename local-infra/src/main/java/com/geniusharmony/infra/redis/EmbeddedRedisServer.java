package com.geniusharmony.infra.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import redis.embedded.core.ExecutableProvider;

import com.geniusharmony.infra.server.ChildCommand;
import com.geniusharmony.infra.server.EmbeddedServer;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.infra.server.StartupWait;

/**
 * The {@code redis-server} binary of the {@code embedded-redis} jar, run on 127.0.0.1;
 * without persistence for tests, with it for local runs.
 */
final class EmbeddedRedisServer extends EmbeddedServer implements RedisServer {

	private static final Duration STARTUP = Duration.ofSeconds(30);

	private final Path binary;

	private final Path directory;

	private final boolean persistent;

	private EmbeddedRedisServer(Path binary, Path directory, int port, boolean persistent) {
		super("Redis", port, STARTUP);
		this.binary = binary;
		this.directory = directory;
		this.persistent = persistent;
	}

	static EmbeddedRedisServer launch(Path directory, int port, boolean persistent) {
		try {
			Files.createDirectories(directory.resolve("data"));
			Path binary = ExecutableProvider.newJarResourceProvider(directory.toFile()).get().toPath();
			EmbeddedRedisServer server = new EmbeddedRedisServer(binary, directory.toAbsolutePath(), port, persistent);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not install the embedded redis-server in " + directory, ex);
		}
	}

	@Override
	public String uri() {
		return "redis://127.0.0.1:" + port();
	}

	@Override
	protected List<String> command() {
		Ports.requireFree(port(), "Redis");
		List<String> command = new ArrayList<>(
				List.of(this.binary.toString(), "--port", String.valueOf(port()), "--bind", "127.0.0.1", "--daemonize",
						"no", "--dir", this.directory.resolve("data").toString(), "--appendonly", "no", "--save"));
		command.addAll(this.persistent ? List.of("60", "1") : List.of(""));
		return ChildCommand.of(command, "TERM", false);
	}

	@Override
	protected Path logFile() {
		return this.directory.resolve("redis.log");
	}

	@Override
	protected String address() {
		return uri();
	}

	@Override
	protected void awaitReady(StartupWait wait) {
		wait.until(this::answersPing);
	}

	private boolean answersPing() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port()), 1000);
			socket.setSoTimeout(1000);
			socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			InputStream input = socket.getInputStream();
			return new String(input.readNBytes(5), StandardCharsets.US_ASCII).equals("+PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

}
