package com.geniusharmony.deploy.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The files of this repository, read and parsed; the root comes from the
 * {@code harmony.repository} system property the build sets (the module's parent folder
 * otherwise).
 */
public final class Repository {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

	private final Path root;

	private Repository(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/**
	 * The repository this build runs in.
	 * @return the repository
	 */
	public static Repository current() {
		return new Repository(Path.of(System.getProperty("harmony.repository", "..")));
	}

	public Path root() {
		return this.root;
	}

	public Path path(String relative) {
		return this.root.resolve(relative).normalize();
	}

	public boolean exists(String relative) {
		return Files.exists(path(relative));
	}

	public String read(String relative) {
		try {
			return Files.readString(path(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + relative, ex);
		}
	}

	public JsonNode yaml(String relative) {
		return YAML.readTree(read(relative));
	}

	/**
	 * Every document of a YAML file ({@code ---} separated), empty ones left out.
	 * @param relative the file
	 * @return its documents
	 */
	public List<JsonNode> yamlDocuments(String relative) {
		return YAML.readerFor(JsonNode.class)
			.<JsonNode>readValues(read(relative))
			.readAll()
			.stream()
			.filter((document) -> !document.isMissingNode() && !document.isNull())
			.toList();
	}

	public JsonNode json(String relative) {
		return JSON.readTree(read(relative));
	}

	/**
	 * The files under a folder whose names end with one of the suffixes, as paths
	 * relative to the root, sorted.
	 * @param folder the folder
	 * @param suffixes such as {@code .yaml}
	 * @return the files
	 */
	public List<String> files(String folder, String... suffixes) {
		try (Stream<Path> paths = Files.walk(path(folder))) {
			return paths.filter(Files::isRegularFile)
				.filter((file) -> Stream.of(suffixes).anyMatch((suffix) -> file.toString().endsWith(suffix)))
				.map((file) -> this.root.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
	}

	/**
	 * The modules of the root pom, in order.
	 * @return their folder names
	 */
	public List<String> modules() {
		Matcher matcher = MODULE.matcher(read("pom.xml"));
		return matcher.results().map((result) -> result.group(1).trim()).toList();
	}

	/**
	 * A property of the root pom.
	 * @param name the property
	 * @return its value
	 */
	public String pomProperty(String name) {
		Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(read("pom.xml"));
		if (!matcher.find()) {
			throw new IllegalStateException("The root pom has no property " + name);
		}
		return matcher.group(1).trim();
	}

	/**
	 * The services: the modules named {@code *-service}, each described from its own
	 * configuration.
	 * @return the services
	 */
	public List<ServiceDescription> services() {
		return modules().stream()
			.filter((module) -> module.endsWith("-service"))
			.map((module) -> ServiceDescriptions.describe(this, module))
			.toList();
	}

	public ServiceDescription service(String name) {
		return services().stream()
			.filter((service) -> service.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No service " + name));
	}

}
