package com.geniusharmony.system.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.geniusharmony.infra.junit.MachineTools;

/**
 * A browser test of src/test/browser: a Node.js script driving Debian's headless Chromium
 * through {@code playwright-core}, the one npm package, installed from the lock file into
 * target/browser on first use (no browser is ever downloaded). Its screenshots are kept
 * in target/screenshots. Skipped where node or chromium is missing, failed there under
 * {@code HARMONY_REQUIRE_TOOLS=true}.
 */
public final class BrowserScript {

	private static final Path SOURCES = Repository.root().resolve("system-tests/src/test/browser");

	private static final Path WORK = Repository.root().resolve("system-tests/target/browser");

	/** Where the scripts' screenshots are kept, for people to look at after a run. */
	public static final Path SCREENSHOTS = Repository.root().resolve("system-tests/target/screenshots");

	private BrowserScript() {
	}

	/**
	 * Runs one script to its end.
	 * @param script the script's file name in src/test/browser
	 * @param environment what the script reads
	 * @return its exit code and output
	 */
	public static MachineTools.Result run(String script, Map<String, String> environment) {
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

	/** Copies the scripts and installs exactly the locked packages, once per build. */
	private static synchronized void install() throws IOException, InterruptedException {
		Files.createDirectories(WORK);
		try (Stream<Path> files = Files.list(SOURCES)) {
			for (Path file : files.toList()) {
				Files.copy(file, WORK.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		if (!Files.isDirectory(WORK.resolve("node_modules/playwright-core"))) {
			MachineTools.Result installed = MachineTools.run(List.of("npm", "ci", "--no-audit", "--no-fund"), WORK,
					Map.of(), Duration.ofMinutes(5));
			if (installed.exitCode() != 0) {
				throw new IllegalStateException("npm ci failed in " + WORK + ":\n" + installed.output());
			}
		}
	}

}
