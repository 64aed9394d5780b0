package com.geniusharmony.scheduler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lease knows nothing of ticks; the ticks use the lease only through its public face.
 */
class PackageBoundaryTests {

	private static final Path SOURCES = Path.of("src", "main", "java", "com", "geniusharmony", "scheduler");

	private static final Pattern IMPORT = Pattern
		.compile("^import (?:static )?com\\.geniusharmony\\.scheduler\\.(\\w+)\\.", Pattern.MULTILINE);

	private static final Map<String, Set<String>> ALLOWED = Map.of("lease", Set.of(), "tick", Set.of("lease"));

	@Test
	void eachPackageUsesOnlyThePackagesItMay() throws IOException {
		try (Stream<Path> packages = Files.list(SOURCES)) {
			Set<String> found = new TreeSet<>();
			for (Path pkg : packages.filter(Files::isDirectory).toList()) {
				String name = pkg.getFileName().toString();
				found.add(name);
				assertThat(ALLOWED).as("known packages").containsKey(name);
				assertThat(importedPackages(pkg)).as("packages %s uses", name).isSubsetOf(ALLOWED.get(name));
			}
			assertThat(found).containsAll(ALLOWED.keySet());
		}
	}

	private static Set<String> importedPackages(Path pkg) throws IOException {
		Set<String> imported = new TreeSet<>();
		try (Stream<Path> files = Files.list(pkg)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = IMPORT.matcher(Files.readString(file));
				while (matcher.find()) {
					imported.add(matcher.group(1));
				}
			}
		}
		imported.remove(pkg.getFileName().toString());
		return imported;
	}

}
