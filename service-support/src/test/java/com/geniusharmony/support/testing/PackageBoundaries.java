package com.geniusharmony.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package-boundary check every service runs: each feature package of a service may
 * import only the feature packages it is allowed to, and every package is listed, so that
 * a new one is a deliberate choice.
 */
public final class PackageBoundaries {

	private PackageBoundaries() {
	}

	/**
	 * Checks the service's main sources (run from the module's directory, as Surefire
	 * does).
	 * @param rootPackage the service's root package, such as
	 * {@code com.geniusharmony.core}
	 * @param allowed for each feature package, the feature packages it may import
	 */
	public static void assertFeaturePackagesUseOnly(String rootPackage, Map<String, Set<String>> allowed) {
		Path sources = Path.of("src", "main", "java").resolve(rootPackage.replace('.', '/'));
		Pattern importOfFeature = Pattern.compile("^import (?:static )?" + Pattern.quote(rootPackage) + "\\.(\\w+)\\.",
				Pattern.MULTILINE);
		Set<String> found = new TreeSet<>();
		for (Path pkg : list(sources).filter(Files::isDirectory).toList()) {
			String name = pkg.getFileName().toString();
			found.add(name);
			assertThat(allowed).as("known packages").containsKey(name);
			assertThat(importedFeatures(pkg, importOfFeature)).as("packages %s uses", name)
				.isSubsetOf(allowed.get(name));
		}
		assertThat(found).containsAll(allowed.keySet());
	}

	private static Set<String> importedFeatures(Path pkg, Pattern importOfFeature) {
		Set<String> imported = new TreeSet<>();
		for (Path file : list(pkg).filter((path) -> path.toString().endsWith(".java")).toList()) {
			Matcher matcher = importOfFeature.matcher(read(file));
			while (matcher.find()) {
				imported.add(matcher.group(1));
			}
		}
		imported.remove(pkg.getFileName().toString());
		return imported;
	}

	private static Stream<Path> list(Path directory) {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
