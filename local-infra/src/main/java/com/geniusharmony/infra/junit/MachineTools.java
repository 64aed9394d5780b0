package com.geniusharmony.infra.junit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * Command-line tools of the machine that some tests run (promtool, amtool, kubectl, node,
 * chromium).
 */
public final class MachineTools {

	private MachineTools() {
	}

	/**
	 * Whether a program is on the {@code PATH}.
	 * @param program such as {@code kubectl}
	 * @return true if an executable of that name is found
	 */
	public static boolean onPath(String program) {
		return find(program).isPresent();
	}

	/**
	 * Where a program is on the {@code PATH}.
	 * @param program such as {@code chromium}
	 * @return the first executable of that name, if any
	 */
	public static Optional<Path> find(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(path.split(File.pathSeparator))
			.map((directory) -> Path.of(directory, program))
			.filter(Files::isExecutable)
			.findFirst();
	}

	/**
	 * Skips the calling test when a program is missing, or fails it if
	 * {@code HARMONY_REQUIRE_TOOLS=true} (set by {@code .ci/run}, which installs them): a
	 * check that did not run is then never mistaken for one that passed.
	 * @param program such as {@code promtool}
	 * @param debianPackage the Debian package that brings it
	 */
	public static void assumeOrRequire(String program, String debianPackage) {
		boolean present = onPath(program);
		if (!present && "true".equals(System.getenv("HARMONY_REQUIRE_TOOLS"))) {
			throw new AssertionError(program + " is required (HARMONY_REQUIRE_TOOLS=true) but is not on the PATH: "
					+ "apt-get install " + debianPackage);
		}
		Assumptions.assumeTrue(present, program + " is not on the PATH (apt-get install " + debianPackage + ")");
	}

	/**
	 * Runs a command to its end, within two minutes.
	 * @param command the program and its arguments
	 * @return its exit code and its output, standard error included
	 */
	public static Result run(List<String> command) throws IOException, InterruptedException {
		return run(command, null, Map.of(), Duration.ofMinutes(2));
	}

	/**
	 * Runs a command to its end, or kills it when it takes too long.
	 * @param command the program and its arguments
	 * @param directory where it runs, or null for the current directory
	 * @param environment variables added to this process's environment
	 * @param timeout how long it may take
	 * @return its exit code and its output, standard error included
	 */
	public static Result run(List<String> command, @Nullable Path directory, Map<String, String> environment,
			Duration timeout) throws IOException, InterruptedException {
		// the output goes to a file, so that a command that hangs cannot block this
		// thread on a pipe
		Path output = Files.createTempFile("machine-tool", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			if (directory != null) {
				builder.directory(directory.toFile());
			}
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout + ":\n"
						+ Files.readString(output, StandardCharsets.UTF_8));
			}
			return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/**
	 * What a command ended with.
	 *
	 * @param exitCode its exit code
	 * @param output its output, standard error included
	 */
	public record Result(int exitCode, String output) {

	}

}
