package com.geniusharmony.odoosync.odoo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The network steps of the connection check, below HTTP: the host resolves, the port
 * accepts connections, the TLS handshake succeeds with a certificate valid for the host.
 */
final class NetworkProbe {

	private final String host;

	private final int port;

	private final int timeoutMillis;

	NetworkProbe(OdooProperties properties) {
		this.host = (properties.host() != null) ? properties.host() : "localhost";
		this.port = properties.effectivePort();
		this.timeoutMillis = (int) properties.connectTimeout().toMillis();
	}

	Mono<ConnectionStep> dns() {
		return blocking("dns", () -> {
			try {
				String addresses = Arrays.stream(InetAddress.getAllByName(this.host))
					.map(InetAddress::getHostAddress)
					.collect(Collectors.joining(", "));
				return ConnectionStep.ok("dns", this.host + " resolves to " + addresses);
			}
			catch (UnknownHostException ex) {
				return ConnectionStep.failed("dns", this.host + " does not resolve: check ODOO_HOST");
			}
		});
	}

	Mono<ConnectionStep> tcp() {
		return blocking("tcp", () -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(this.host, this.port), this.timeoutMillis);
				return ConnectionStep.ok("tcp", where() + " accepts connections");
			}
			catch (IOException ex) {
				return ConnectionStep.failed("tcp", "Nothing accepts connections at " + where() + " (" + ex.getMessage()
						+ "): check ODOO_HOST, ODOO_PORT and any firewall");
			}
		});
	}

	Mono<ConnectionStep> tls() {
		return blocking("tls", () -> {
			try (Socket raw = new Socket()) {
				raw.connect(new InetSocketAddress(this.host, this.port), this.timeoutMillis);
				raw.setSoTimeout(this.timeoutMillis);
				try (SSLSocket socket = (SSLSocket) SSLContext.getDefault()
					.getSocketFactory()
					.createSocket(raw, this.host, this.port, false)) {
					SSLParameters parameters = socket.getSSLParameters();
					parameters.setEndpointIdentificationAlgorithm("HTTPS");
					socket.setSSLParameters(parameters);
					socket.startHandshake();
					return ConnectionStep.ok("tls", "TLS handshake with " + where() + " succeeded ("
							+ socket.getSession().getProtocol() + "), certificate valid for " + this.host);
				}
			}
			catch (IOException | GeneralSecurityException ex) {
				return ConnectionStep.failed("tls",
						"The TLS handshake with " + where() + " failed (" + ex.getMessage()
								+ "): check that the port serves HTTPS with a certificate for " + this.host
								+ ", or use ODOO_PROTOCOL without +ssl");
			}
		});
	}

	private String where() {
		return this.host + ":" + this.port;
	}

	private Mono<ConnectionStep> blocking(String name, Callable<ConnectionStep> probe) {
		// name resolution and sockets block: keep them off the event loop, and bounded
		Duration limit = Duration.ofMillis(this.timeoutMillis).plusSeconds(5);
		return Mono.fromCallable(probe)
			.subscribeOn(Schedulers.boundedElastic())
			.timeout(limit, Mono.fromSupplier(() -> ConnectionStep.failed(name,
					"No answer from " + where() + " within " + limit.toSeconds() + " s")));
	}

}
