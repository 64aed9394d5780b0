package com.geniusharmony.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * A service in its own JVM, started from the test's class path as a deployment runs it,
 * so that a test can run several instances, or kill one as a crash would.
 */
public final class ServiceJvm implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final Process process;

	private final int port;

	private ServiceJvm(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts a service and waits until it is ready.
	 * @param application the service's main class
	 * @param environment its environment variables
	 * @param port its HTTP port
	 * @param log where its output goes
	 * @return the ready service
	 */
	public static ServiceJvm start(Class<?> application, Map<String, String> environment, int port, Path log) {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:TieredStopAtLevel=1", "-cp", classPath, application.getName());
		ServiceJvm service;
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			builder.environment().put("SERVER_PORT", Integer.toString(port));
			builder.environment().put("LOG_FORMAT", "");
			service = new ServiceJvm(builder.start(), port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptions()
				.until(() -> !service.process.isAlive()
						|| service.get("/actuator/health/readiness").statusCode() == 200);
		}
		catch (RuntimeException ex) {
			service.process.destroyForcibly();
			throw ex;
		}
		if (!service.process.isAlive()) {
			throw new IllegalStateException(application.getSimpleName() + " did not start, see " + log);
		}
		return service;
	}

	public int port() {
		return this.port;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/**
	 * Posts JSON.
	 * @param path the path
	 * @param json the body
	 * @param token a bearer token, or empty for none
	 * @return the answer
	 */
	public HttpResponse<String> post(String path, String json, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (!token.isEmpty()) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	/**
	 * Kills the process at once (SIGKILL), with no chance to finish what it was doing.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/**
	 * Stops the service as a deployment does (SIGTERM), and waits until it has ended.
	 */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
