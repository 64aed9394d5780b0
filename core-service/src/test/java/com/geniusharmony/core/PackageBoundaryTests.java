package com.geniusharmony.core;

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
 * The features depend on each other only as drawn here: users, projects and tasks never
 * reach into one another, and the outbox, the Odoo links and the shared API types know no
 * feature.
 */
class PackageBoundaryTests {

	private static final Path SOURCES = Path.of("src", "main", "java", "com", "geniusharmony", "core");

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?com\\.geniusharmony\\.core\\.(\\w+)\\.",
			Pattern.MULTILINE);

	private static final Map<String, Set<String>> ALLOWED = Map.of("api", Set.of(), "config", Set.of(), "outbox",
			Set.of(), "auth", Set.of("api"), "odoolink", Set.of("api"), "user",
			Set.of("api", "auth", "outbox", "odoolink"), "project", Set.of("api", "outbox", "odoolink"), "task",
			Set.of("api", "outbox", "odoolink"));

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
