package com.geniusharmony.system.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the repository and the services' runnable jars are. The jars are built by the
 * same reactor build before this module's tests run ({@code ./mvnw verify}).
 */
final class Repository {

	private Repository() {
	}

	static Path root() {
		String configured = System.getProperty("harmony.repository.root");
		Path root = (configured != null) ? Path.of(configured) : Path.of("..");
		return root.toAbsolutePath().normalize();
	}

	static Path runnableJar(String module) {
		Path target = root().resolve(module).resolve("target");
		try (Stream<Path> files = Files.list(target)) {
			List<Path> jars = files.filter((file) -> {
				String name = file.getFileName().toString();
				return name.startsWith(module + "-") && name.endsWith(".jar") && !name.endsWith("-sources.jar")
						&& !name.endsWith("-tests.jar") && !name.endsWith(".original");
			}).toList();
			if (jars.size() != 1) {
				throw new IllegalStateException("Expected one runnable jar of " + module + " in " + target + ", found "
						+ jars + ": build it first (./mvnw verify builds every module before the system tests)");
			}
			return jars.get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No jar of " + module + " in " + target
					+ ": build it first (./mvnw verify builds every module before the system tests)", ex);
		}
	}

}
