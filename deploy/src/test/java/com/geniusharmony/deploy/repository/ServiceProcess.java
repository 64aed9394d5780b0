package com.geniusharmony.deploy.repository;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import static org.awaitility.Awaitility.await;

/**
 * A service started from its runnable jar, in its own JVM, as a deployment runs it, with
 * only the environment it is given.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/**
	 * Kept from this JVM's environment: what a JVM needs to run, nothing a service reads.
	 */
	private static final List<String> INHERITED = List.of("PATH", "HOME", "LANG", "TMPDIR");

	private final Process process;

	private final int port;

	private final Path log;

	private ServiceProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the jar and waits until the service is ready.
	 * @param jar the runnable jar
	 * @param environment its environment, {@code SERVER_PORT} included
	 * @param log where its output goes
	 * @return the ready service
	 * @throws IOException if it cannot be started
	 */
	public static ServiceProcess start(Path jar, Map<String, String> environment, Path log) throws IOException {
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> processEnvironment = builder.environment();
		processEnvironment.keySet().retainAll(INHERITED);
		processEnvironment.putAll(environment);
		int port = Integer.parseInt(environment.get("SERVER_PORT"));
		ServiceProcess service = new ServiceProcess(builder.start(), port, log);
		try {
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptions()
				.until(() -> !service.process.isAlive()
						|| service.get("/actuator/health/readiness").statusCode() == 200);
		}
		catch (RuntimeException ex) {
			service.close();
			throw new IllegalStateException(jar.getFileName() + " did not become ready, see " + log, ex);
		}
		if (!service.process.isAlive()) {
			throw new IllegalStateException(jar.getFileName() + " exited at start-up, see " + log);
		}
		return service;
	}

	public String scrape() {
		HttpResponse<String> response = get("/actuator/prometheus");
		if (response.statusCode() != 200) {
			throw new IllegalStateException("/actuator/prometheus answered " + response.statusCode());
		}
		return response.body();
	}

	public Path log() {
		return this.log;
	}

	private HttpResponse<String> get(String path) {
		return get(path, null);
	}

	/**
	 * Asks the service.
	 * @param path the path, starting with a slash
	 * @param bearerToken the caller's token, or null for none
	 * @return the answer
	 */
	public HttpResponse<String> get(String path, @Nullable String bearerToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		if (bearerToken != null) {
			request.header("Authorization", "Bearer " + bearerToken);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Stops the service gracefully (SIGTERM), as an orchestrator does, and waits for it.
	 */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(40, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
