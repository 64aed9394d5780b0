package com.geniusharmony.system.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.geniusharmony.infra.server.ChildCommand;
import com.geniusharmony.infra.server.ChildProcess;

import static org.awaitility.Awaitility.await;

/**
 * One service running from its jar as its own process, as a deployment runs it: started,
 * killed like a crash would, restarted with the same settings.
 */
public final class ServiceNode {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Path jar;

	private final int port;

	private final Map<String, String> environment;

	private final Path logFile;

	private @Nullable ChildProcess process;

	private long startedAt;

	private @Nullable Duration startupTime;

	ServiceNode(String name, Path jar, int port, Map<String, String> environment, Path logFile) {
		this.name = name;
		this.jar = jar;
		this.port = port;
		this.environment = new HashMap<>(environment);
		this.environment.put("SERVER_PORT", Integer.toString(port));
		this.logFile = logFile;
	}

	/**
	 * The service's name, such as {@code core-service}.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * An address on this service.
	 * @param path the path, starting with a slash
	 * @return the URI
	 */
	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	void start() {
		// with the bean definitions worked out when the jar was built, as the images and
		// deploy/local run it
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx320m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dspring.aot.enabled=true", "-jar",
				this.jar.toString());
		this.startedAt = System.nanoTime();
		this.startupTime = null;
		this.process = ChildProcess.start(this.name, ChildCommand.of(command, "KILL", false), this.environment,
				this.logFile);
	}

	void awaitReady(Duration timeout) {
		await(this.name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
			ChildProcess running = this.process;
			if (running == null || !running.isAlive()) {
				throw (running != null) ? running.failure("exited before it was ready")
						: new IllegalStateException(this.name + " is not started");
			}
			return readinessStatus() == 200;
		});
		if (this.startupTime == null) {
			this.startupTime = Duration.ofNanos(System.nanoTime() - this.startedAt);
		}
	}

	/**
	 * The running process's id, to read what the operating system says of it.
	 * @return the pid
	 */
	public long pid() {
		ChildProcess running = this.process;
		if (running == null) {
			throw new IllegalStateException(this.name + " is not running");
		}
		return running.pid();
	}

	/**
	 * How long the last start took, from launching the process until readiness first
	 * answered 200 (polled every 500 ms, so up to that much late).
	 * @return the duration, or {@code null} if the service is not ready yet
	 */
	public @Nullable Duration startupTime() {
		return this.startupTime;
	}

	/**
	 * Kills the process at once (SIGKILL): no graceful shutdown, whatever it was doing.
	 */
	public void kill() {
		if (this.process != null) {
			this.process.kill();
			this.process = null;
		}
	}

	/**
	 * Starts the service again with the same settings and waits until it is ready.
	 */
	public void restart() {
		kill();
		start();
		awaitReady(Duration.ofMinutes(3));
	}

	void stop() {
		if (this.process != null) {
			this.process.terminate(Duration.ofSeconds(20));
			this.process = null;
		}
	}

	private int readinessStatus() {
		try {
			HttpRequest request = HttpRequest.newBuilder(uri("/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(5))
				.build();
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	@Override
	public String toString() {
		return this.name + " on port " + this.port + " (log " + this.logFile + ")";
	}

}
