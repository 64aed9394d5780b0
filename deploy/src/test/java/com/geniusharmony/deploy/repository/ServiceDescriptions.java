package com.geniusharmony.deploy.repository;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Derives a {@link ServiceDescription} from the files the service itself is configured
 * by, so that the checks follow the services as they grow: the placeholders and the
 * {@code harmony.environment-variables} of service-support's shared defaults and of the
 * service's {@code application.yml}, and the variables tabled (with their defaults) in
 * {@code docs/configuration.md} and in the "Configuration" section of the service's
 * README.
 */
final class ServiceDescriptions {

	static final String SHARED_DEFAULTS = "service-support/src/main/resources/harmony-service-defaults.yml";

	static final String SHARED_DOCS = "docs/configuration.md";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

	private static final Pattern TABLE_ROW = Pattern.compile("^\\|([^|]*)\\|.*\\|([^|]*)\\|\\s*$", Pattern.MULTILINE);

	private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]*)`");

	private ServiceDescriptions() {
	}

	static ServiceDescription describe(Repository repository, String module) {
		String applicationYml = module + "/src/main/resources/application.yml";
		JsonNode application = repository.yaml(applicationYml);
		JsonNode shared = repository.yaml(SHARED_DEFAULTS);
		Map<String, String> variables = new TreeMap<>();
		tabled(repository.read(SHARED_DOCS), variables);
		tabled(section(repository.read(module + "/README.md"), "## Configuration"), variables);
		placeholders(repository.read(SHARED_DEFAULTS), variables);
		placeholders(repository.read(applicationYml), variables);
		named(shared, variables);
		named(application, variables);
		int port = Integer.parseInt(variables.getOrDefault("SERVER_PORT", "0"));
		String database = application.at("/harmony/database/default-name").asString("");
		JsonNode readiness = application.at("/management/endpoint/health/group/readiness/include");
		if (readiness.isMissingNode()) {
			readiness = shared.at("/management/endpoint/health/group/readiness/include");
		}
		List<String> components = Arrays.stream(readiness.asString("").split(","))
			.map(String::trim)
			.filter((component) -> !component.isEmpty())
			.toList();
		return new ServiceDescription(module, port, database, components, variables);
	}

	private static void placeholders(String text, Map<String, String> variables) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			String fallback = (matcher.group(2) != null) ? matcher.group(2) : "";
			variables.put(matcher.group(1), fallback);
		}
	}

	/** The variables a YAML file names for the configuration records. */
	private static void named(JsonNode yaml, Map<String, String> variables) {
		yaml.at("/harmony/environment-variables").propertyNames().forEach((name) -> variables.putIfAbsent(name, ""));
	}

	/** The variables of a table's first column, each with its default from the last. */
	private static void tabled(String markdown, Map<String, String> variables) {
		Matcher row = TABLE_ROW.matcher(markdown);
		while (row.find()) {
			Matcher variable = VARIABLE.matcher(row.group(1));
			String fallback = row.group(2).trim().replace("`", "");
			while (variable.find()) {
				variables.put(variable.group(1), fallback);
			}
		}
	}

	private static String section(String markdown, String heading) {
		int start = markdown.indexOf("\n" + heading + "\n");
		if (start < 0) {
			return "";
		}
		int end = markdown.indexOf("\n## ", start + heading.length() + 1);
		return markdown.substring(start, (end < 0) ? markdown.length() : end);
	}

}
