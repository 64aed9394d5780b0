package com.geniusharmony.deploy.repository;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Command-line tools of the machine that some deploy checks run (promtool, amtool,
 * kubectl).
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
		String path = System.getenv("PATH");
		return path != null && Stream.of(path.split(File.pathSeparator))
			.anyMatch((directory) -> Files.isExecutable(Path.of(directory, program)));
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
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not finish within 2 minutes");
		}
		return new Result(process.exitValue(), output);
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
