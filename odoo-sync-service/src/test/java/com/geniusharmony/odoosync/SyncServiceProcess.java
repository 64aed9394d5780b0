package com.geniusharmony.odoosync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * An odoo-sync-service instance in its own JVM, as a deployment runs it, so that a test
 * can kill it like a crash would.
 */
public final class SyncServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final Process process;

	private final int port;

	private SyncServiceProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts an instance and waits until it is ready.
	 * @param environment its environment variables
	 * @param port its HTTP port
	 * @param log where its output goes
	 * @return the ready instance
	 */
	public static SyncServiceProcess start(Map<String, String> environment, int port, Path log) throws IOException {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:TieredStopAtLevel=1", "-cp", classPath, OdooSyncServiceApplication.class.getName()));
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		builder.environment().put("LOG_FORMAT", "");
		SyncServiceProcess service = new SyncServiceProcess(builder.start(), port);
		try {
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(500))
				.ignoreExceptions()
				.until(() -> !service.process.isAlive() || service.readiness() == 200);
		}
		catch (RuntimeException ex) {
			service.process.destroyForcibly();
			throw ex;
		}
		if (!service.process.isAlive()) {
			throw new IllegalStateException("odoo-sync-service did not start, see " + log);
		}
		return service;
	}

	private int readiness() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/**
	 * What the instance exports at {@code /actuator/prometheus}.
	 * @return the exposition text
	 */
	public String metrics() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus"))
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	/**
	 * Kills the process at once (SIGKILL), with no chance to finish what it was doing.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

}
