package com.geniusharmony.system.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.geniusharmony.infra.junit.MachineTools;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser test of src/test/browser: a Node.js script driving Debian's headless Chromium
 * through {@code playwright-core}, the one npm package, installed from the lock file into
 * target/browser on first use (no browser is ever downloaded). Its screenshots are kept
 * in target/screenshots. Skipped where node or chromium is missing, failed there under
 * {@code HARMONY_REQUIRE_TOOLS=true}.
 */
public final class BrowserScript {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path SOURCES = Repository.root().resolve("system-tests/src/test/browser");

	private static final Path WORK = Repository.root().resolve("system-tests/target/browser");

	private static final Path FRONTEND = Repository.root().resolve("frontend");

	private static boolean frontendBuilt;

	/** Where the scripts' screenshots are kept, for people to look at after a run. */
	public static final Path SCREENSHOTS = Repository.root().resolve("system-tests/target/screenshots");

	private BrowserScript() {
	}

	/**
	 * Runs one script to its end, which must be a success: its last line is the JSON of
	 * what it did, for the test to check through the APIs.
	 * @param script the script's file name in src/test/browser
	 * @param environment what the script reads
	 * @return what the script did
	 */
	public static JsonNode run(String script, Map<String, String> environment) {
		MachineTools.Result run = runToEnd(script, environment);
		assertThat(run.exitCode()).as("the browser script %s:%n%s", script, run.output()).isZero();
		return JSON.readTree(run.output().lines().reduce((first, last) -> last).orElseThrow());
	}

	private static MachineTools.Result runToEnd(String script, Map<String, String> environment) {
		MachineTools.assumeOrRequire("node", "nodejs");
		MachineTools.assumeOrRequire("chromium", "chromium");
		try {
			install();
			Map<String, String> variables = new HashMap<>(environment);
			variables.put("CHROMIUM", MachineTools.find("chromium").orElseThrow().toString());
			variables.put("SCREENSHOTS", SCREENSHOTS.toString());
			return MachineTools.run(List.of("node", script), WORK, variables, Duration.ofMinutes(5));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Builds the frontend (its typed client and example inbox, from the committed API
	 * documents) as its README says, once per test run.
	 * @param environment what the build reads, such as the services' addresses
	 * @return the built example's folder
	 */
	public static synchronized Path frontendDist(Map<String, String> environment) {
		MachineTools.assumeOrRequire("node", "nodejs");
		try {
			if (!frontendBuilt) {
				if (!Files.isDirectory(FRONTEND.resolve("node_modules"))) {
					npm(FRONTEND, Map.of(), "ci", "--no-audit", "--no-fund");
				}
				npm(FRONTEND, environment, "run", "build");
				frontendBuilt = true;
			}
			return FRONTEND.resolve("dist");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void npm(Path directory, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("npm"));
		command.addAll(List.of(arguments));
		MachineTools.Result result = MachineTools.run(command, directory, environment, Duration.ofMinutes(5));
		if (result.exitCode() != 0) {
			throw new IllegalStateException(
					String.join(" ", command) + " failed in " + directory + ":\n" + result.output());
		}
	}

	/** Copies the scripts and installs exactly the locked packages, once per build. */
	private static synchronized void install() throws IOException, InterruptedException {
		Files.createDirectories(WORK);
		try (Stream<Path> files = Files.list(SOURCES)) {
			for (Path file : files.toList()) {
				Files.copy(file, WORK.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		if (!Files.isDirectory(WORK.resolve("node_modules/playwright-core"))) {
			npm(WORK, Map.of(), "ci", "--no-audit", "--no-fund");
		}
	}

}
