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
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.core.ExecutableProvider;

import com.geniusharmony.infra.server.ChildCommand;
import com.geniusharmony.infra.server.ChildProcess;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.infra.server.Source;

/**
 * The {@code redis-server} binary of the {@code embedded-redis} jar, run on 127.0.0.1;
 * without persistence for tests, with it for local runs.
 */
final class EmbeddedRedisServer implements RedisServer {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedRedisServer.class);

	private static final Duration STARTUP = Duration.ofSeconds(30);

	private static final Duration PAUSE = Duration.ofMillis(100);

	private final Path binary;

	private final Path directory;

	private final int port;

	private final boolean persistent;

	private @Nullable ChildProcess process;

	private EmbeddedRedisServer(Path binary, Path directory, int port, boolean persistent) {
		this.binary = binary;
		this.directory = directory;
		this.port = port;
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
		return "redis://127.0.0.1:" + this.port;
	}

	@Override
	public String host() {
		return "127.0.0.1";
	}

	@Override
	public int port() {
		return this.port;
	}

	@Override
	public Source source() {
		return Source.EMBEDDED;
	}

	@Override
	public synchronized void start() {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		Ports.requireFree(this.port, "Redis");
		List<String> command = new ArrayList<>(List.of(this.binary.toString(), "--port", String.valueOf(this.port),
				"--bind", "127.0.0.1", "--daemonize", "no", "--dir", this.directory.resolve("data").toString(),
				"--appendonly", "no", "--save"));
		command.addAll(this.persistent ? List.of("60", "1") : List.of(""));
		long started = System.nanoTime();
		ChildProcess server = ChildProcess.start("Redis", ChildCommand.of(command, "TERM", false),
				this.directory.resolve("redis.log"));
		this.process = server;
		try {
			awaitReady(server);
		}
		catch (RuntimeException ex) {
			server.kill();
			this.process = null;
			throw ex;
		}
		logger.info("Redis (pid {}) answers on {} after {} ms", server.pid(), uri(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	@Override
	public synchronized void stop() {
		if (this.process != null) {
			this.process.terminate(Duration.ofSeconds(30));
			this.process = null;
		}
	}

	@Override
	public void close() {
		stop();
	}

	private void awaitReady(ChildProcess server) {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (!answersPing()) {
			if (server.awaitExit(PAUSE)) {
				throw server.failure("exited before answering on " + uri());
			}
			if (System.nanoTime() > deadline) {
				throw server.failure("did not answer on " + uri() + " within " + STARTUP.toSeconds() + " s");
			}
		}
	}

	private boolean answersPing() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 1000);
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
