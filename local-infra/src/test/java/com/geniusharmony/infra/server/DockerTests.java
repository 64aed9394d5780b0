package com.geniusharmony.infra.server;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DockerTests {

	@TempDir
	Path directory;

	@Test
	void answersWhenEngineSocketAnswersPing() throws IOException {
		Path socket = this.directory.resolve("docker.sock");
		try (FakeEngine engine = new FakeEngine(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK")) {
			assertThat(Docker.answers(Map.of("DOCKER_HOST", "unix://" + socket))).isTrue();
		}
	}

	@Test
	void findsEngineSocketUnderHomeWithoutDockerHost() throws IOException {
		Path socket = this.directory.resolve(".docker/run/docker.sock");
		Files.createDirectories(socket.getParent());
		try (FakeEngine engine = new FakeEngine(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK")) {
			assertThat(Docker.answers(Map.of("HOME", this.directory.toString()))).isTrue();
		}
	}

	@Test
	void doesNotAnswerWhenEngineAnswersWithError() throws IOException {
		Path socket = this.directory.resolve("docker.sock");
		try (FakeEngine engine = new FakeEngine(socket, "HTTP/1.1 500 Internal Server Error\r\n\r\n")) {
			assertThat(Docker.answers(Map.of("DOCKER_HOST", "unix://" + socket))).isFalse();
		}
	}

	@Test
	void doesNotAnswerWhenEngineStaysSilent() throws IOException {
		Path socket = this.directory.resolve("docker.sock");
		try (FakeEngine engine = new FakeEngine(socket, null)) {
			assertThat(Docker.answers(Map.of("DOCKER_HOST", "unix://" + socket))).isFalse();
		}
	}

	@Test
	void doesNotAnswerWhenSocketIsMissing() {
		Path socket = this.directory.resolve("docker.sock");
		assertThat(Docker.answers(Map.of("DOCKER_HOST", "unix://" + socket))).isFalse();
	}

	@Test
	void doesNotAnswerWhenTcpEngineIsMissing() {
		assertThat(Docker.answers(Map.of("DOCKER_HOST", "tcp://127.0.0.1:" + Ports.free()))).isFalse();
	}

	@Test
	void skipsCheckWhenTestcontainersAreSwitchedOff() throws IOException {
		Path socket = this.directory.resolve("docker.sock");
		try (FakeEngine engine = new FakeEngine(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK")) {
			assertThat(Docker.answers(Map.of("DOCKER_HOST", "unix://" + socket, Docker.SWITCH, "false"))).isFalse();
			assertThat(engine.connections()).isZero();
		}
	}

	/**
	 * A Unix socket that answers every connection with a fixed response, or with silence.
	 */
	private static final class FakeEngine implements AutoCloseable {

		private final ServerSocketChannel server;

		private final AtomicInteger connections = new AtomicInteger();

		private final Thread thread;

		FakeEngine(Path socket, @Nullable String response) throws IOException {
			this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			this.server.bind(UnixDomainSocketAddress.of(socket));
			this.thread = new Thread(() -> serve(response), "fake-docker-engine");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		private void serve(@Nullable String response) {
			while (true) {
				try (SocketChannel client = this.server.accept()) {
					this.connections.incrementAndGet();
					client.read(ByteBuffer.allocate(1024));
					if (response != null) {
						client.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.US_ASCII)));
					}
					else {
						// hold the connection open without answering until the client
						// gives up
						client.read(ByteBuffer.allocate(1024));
					}
				}
				catch (IOException ex) {
					return;
				}
			}
		}

		int connections() {
			return this.connections.get();
		}

		@Override
		public void close() throws IOException {
			this.server.close();
		}

	}

}
