package com.geniusharmony.deploy.local;

import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.geniusharmony.deploy.repository.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deploy/local/up.sh} starts nothing when a port it needs is taken. The scripts
 * run from a copy in an empty folder, with no jars and no Maven wrapper beside them: had
 * the check let them through, they would stop at the build instead of starting the stack.
 */
@DisabledOnOs(OS.WINDOWS)
class LocalStackScriptTests {

	private final Repository repository = Repository.current();

	@Test
	void upStartsNothingWhenAPortItNeedsIsTaken(@TempDir Path root) throws Exception {
		Path scripts = Files.createDirectories(root.resolve("deploy/local"));
		for (String script : new String[] { "up.sh", "common.sh" }) {
			Files.copy(this.repository.path("deploy/local/" + script), scripts.resolve(script));
		}
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();
			ProcessBuilder builder = new ProcessBuilder("bash", scripts.resolve("up.sh").toString())
				.redirectErrorStream(true);
			Map<String, String> environment = builder.environment();
			environment.remove("ODOO_HOST");
			environment.remove("HARMONY_LOCAL_DIR");
			environment.put("ODOO_EMULATOR_PORT", Integer.toString(port));
			environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
					+ environment.getOrDefault("PATH", "/usr/bin:/bin"));
			Process up = builder.start();
			String output = new String(up.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(up.waitFor(30, TimeUnit.SECONDS)).as("up.sh ended").isTrue();

			assertThat(up.exitValue()).as(output).isNotZero();
			assertThat(output)
				.contains("error: port " + port
						+ ", for the Odoo emulator (ODOO_EMULATOR_PORT, default 18069), is already in use")
				.contains("nothing was started")
				.doesNotContain("Starting")
				.doesNotContain("Building");
			if (onPath("ss") || onPath("lsof")) {
				assertThat(output).contains("(pid " + ProcessHandle.current().pid() + ")");
			}
			assertThat(root.resolve(".local/pids")).isEmptyDirectory();
		}
	}

	private static boolean onPath(String command) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.filter((folder) -> !folder.isEmpty())
			.anyMatch((folder) -> Files.isExecutable(Path.of(folder, command)));
	}

}
