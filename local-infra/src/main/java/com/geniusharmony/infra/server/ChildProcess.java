package com.geniusharmony.infra.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A server process started by this JVM, its output appended to a log file and its
 * standard input kept open as a pipe, so that a child that watches its input sees the end
 * of this JVM.
 */
public final class ChildProcess {

	private static final int TAIL_BYTES = 6000;

	/**
	 * Every child is started from this one thread, which lives as long as the JVM: a
	 * parent-death signal set in the child fires when the thread that started it ends,
	 * not only the process.
	 */
	private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "harmony-infra-launcher");
		thread.setDaemon(true);
		return thread;
	});

	private final String name;

	private final Process process;

	private final Path logFile;

	private ChildProcess(String name, Process process, Path logFile) {
		this.name = name;
		this.process = process;
		this.logFile = logFile;
	}

	/**
	 * Starts a long-running process.
	 * @param name what it is, for messages
	 * @param command the command line
	 * @param logFile the file its output is appended to
	 * @return the running process
	 */
	public static ChildProcess start(String name, List<String> command, Path logFile) {
		return start(name, command, Map.of(), logFile);
	}

	/**
	 * Starts a long-running process with variables added to this JVM's environment.
	 * @param name what it is, for messages
	 * @param command the command line
	 * @param environment the variables to add or replace
	 * @param logFile the file its output is appended to
	 * @return the running process
	 */
	public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logFile) {
		return new ChildProcess(name, spawn(command, environment, logFile), logFile);
	}

	/**
	 * Runs a command to its end.
	 * @param name what it is, for messages
	 * @param command the command line
	 * @param logFile the file its output is appended to
	 * @param timeout how long it may take
	 * @throws IllegalStateException if it fails or takes too long, with the end of its
	 * log
	 */
	public static void run(String name, List<String> command, Path logFile, Duration timeout) {
		ChildProcess child = start(name, command, logFile);
		if (!child.awaitExit(timeout)) {
			child.kill();
			throw child.failure("did not finish within " + timeout.toSeconds() + " s");
		}
		if (child.process.exitValue() != 0) {
			throw child.failure("failed with exit code " + child.process.exitValue());
		}
	}

	private static Process spawn(List<String> command, Map<String, String> environment, Path logFile) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
		builder.environment().putAll(environment);
		try {
			return LAUNCHER.submit(builder::start).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting " + command.get(0), ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(
					"Could not start " + String.join(" ", command) + ": " + ex.getCause().getMessage(), ex.getCause());
		}
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public Path logFile() {
		return this.logFile;
	}

	/**
	 * Waits for the process to end.
	 * @param timeout how long to wait
	 * @return whether it ended
	 */
	public boolean awaitExit(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Asks the process to end (SIGTERM) and kills it if it has not ended within the
	 * timeout.
	 * @param timeout how long a clean end may take
	 */
	public void terminate(Duration timeout) {
		this.process.destroy();
		if (!awaitExit(timeout)) {
			kill();
		}
	}

	/**
	 * Kills the process (SIGKILL) and waits for it to be gone.
	 */
	public void kill() {
		this.process.destroyForcibly();
		awaitExit(Duration.ofSeconds(30));
	}

	/**
	 * Builds the exception for a process that did not come up, with the end of its log.
	 * @param problem what went wrong
	 * @return the exception to throw
	 */
	public IllegalStateException failure(String problem) {
		return new IllegalStateException(
				this.name + " " + problem + ". End of " + this.logFile + ":\n" + tail(this.logFile));
	}

	/**
	 * Reads the end of a log file.
	 * @param file the file
	 * @return its last few thousand characters, or a note saying why there are none
	 */
	public static String tail(Path file) {
		try (SeekableByteChannel channel = Files.newByteChannel(file)) {
			long start = Math.max(0, channel.size() - TAIL_BYTES);
			ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - start));
			channel.position(start);
			int read = 0;
			while (buffer.hasRemaining() && read >= 0) {
				read = channel.read(buffer);
			}
			return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

}
