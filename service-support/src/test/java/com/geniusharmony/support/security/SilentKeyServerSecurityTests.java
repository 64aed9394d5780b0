package com.geniusharmony.support.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.geniusharmony.support.testing.TestKeyServer;
import com.geniusharmony.support.web.WebSupportConfiguration;

/**
 * An issuer that accepts the connection for its keys but never answers: a request whose
 * token needs those keys is answered with an error once the fetch gives up, instead of
 * waiting for as long as the issuer stays silent.
 */
@WebFluxTest(controllers = SecuredController.class, properties = "harmony.jwt.issuer=genius-harmony")
@ImportAutoConfiguration({ SecurityConfiguration.class, WebSupportConfiguration.class })
@AutoConfigureWebTestClient(timeout = "30s")
class SilentKeyServerSecurityTests {

	private static final SilentServer SILENT = new SilentServer();

	private static final TestKeyServer KEYS = new TestKeyServer();

	@Autowired
	private WebTestClient web;

	@DynamicPropertySource
	static void jwksUri(DynamicPropertyRegistry registry) {
		registry.add("harmony.jwt.jwks-uri", () -> "http://127.0.0.1:" + SILENT.port() + "/.well-known/jwks.json");
	}

	@AfterAll
	static void stopServers() {
		SILENT.close();
		KEYS.close();
	}

	@Test
	void aTokenWhoseKeysCannotBeFetchedIsAnsweredWithAnErrorNotLeftWaiting() {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(KEYS.adminToken(TestKeyServer.CORE_ISSUER)))
			.exchange()
			.expectStatus()
			.value((status) -> org.assertj.core.api.Assertions.assertThat(status).isIn(401, 500, 503));
	}

	/** Accepts connections and keeps them open without ever reading or writing. */
	private static final class SilentServer implements AutoCloseable {

		private final ServerSocket socket;

		private final List<Socket> accepted = new CopyOnWriteArrayList<>();

		SilentServer() {
			try {
				this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Thread acceptor = new Thread(() -> {
				while (!this.socket.isClosed()) {
					try {
						this.accepted.add(this.socket.accept());
					}
					catch (IOException ex) {
						return;
					}
				}
			}, "silent-key-server");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		@Override
		public void close() {
			try {
				this.socket.close();
				for (Socket connection : this.accepted) {
					connection.close();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
