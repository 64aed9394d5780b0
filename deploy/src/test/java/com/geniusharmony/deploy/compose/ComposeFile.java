package com.geniusharmony.deploy.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.geniusharmony.deploy.repository.Repository;
import tools.jackson.databind.JsonNode;

/**
 * The top-level {@code docker-compose.yml}, parsed, with the values of its variables as
 * Compose resolves them when the shell sets none ({@code ${NAME:-default}} gives the
 * default, {@code $$} a dollar).
 */
public final class ComposeFile {

	public static final String PATH = "docker-compose.yml";

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::?-([^}]*))?}");

	private final JsonNode root;

	private ComposeFile(JsonNode root) {
		this.root = root;
	}

	public static ComposeFile read(Repository repository) {
		return new ComposeFile(repository.yaml(PATH));
	}

	public Set<String> serviceNames() {
		return new TreeSet<>(this.root.path("services").propertyNames());
	}

	public JsonNode service(String name) {
		JsonNode service = this.root.path("services").path(name);
		if (service.isMissingNode()) {
			throw new IllegalArgumentException(PATH + " has no service " + name);
		}
		return service;
	}

	public Set<String> volumeNames() {
		return new TreeSet<>(this.root.path("volumes").propertyNames());
	}

	/**
	 * A service's environment as written, from either of Compose's two forms.
	 * @param name the service
	 * @return variable to value expression
	 */
	public Map<String, String> environment(String name) {
		Map<String, String> environment = new LinkedHashMap<>();
		JsonNode node = service(name).path("environment");
		if (node.isArray()) {
			for (JsonNode entry : node.values()) {
				String[] parts = entry.asString().split("=", 2);
				environment.put(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		else {
			node.properties().forEach((entry) -> environment.put(entry.getKey(), entry.getValue().asString("")));
		}
		return environment;
	}

	/**
	 * A service's environment with every variable resolved to its default.
	 * @param name the service
	 * @return variable to value
	 */
	public Map<String, String> resolvedEnvironment(String name) {
		Map<String, String> resolved = new LinkedHashMap<>();
		environment(name).forEach((variable, value) -> resolved.put(variable, resolve(value)));
		return resolved;
	}

	/**
	 * The container side of a service's published ports.
	 * @param name the service
	 * @return the ports
	 */
	public List<Integer> containerPorts(String name) {
		List<Integer> ports = new ArrayList<>();
		for (JsonNode port : service(name).path("ports").values()) {
			String mapping = port.isObject() ? port.path("target").asString() : port.asString();
			String container = mapping.substring(mapping.lastIndexOf(':') + 1).replaceAll("/.*", "");
			ports.add(Integer.parseInt(container));
		}
		return ports;
	}

	/**
	 * A service's volumes in short syntax, as source and target.
	 * @param name the service
	 * @return target to source
	 */
	public Map<String, String> volumes(String name) {
		Map<String, String> volumes = new LinkedHashMap<>();
		for (JsonNode volume : service(name).path("volumes").values()) {
			String[] parts = volume.asString().split(":");
			volumes.put(parts[1], parts[0]);
		}
		return volumes;
	}

	/**
	 * A service's health check command, its words joined by spaces.
	 * @param name the service
	 * @return the command, empty when it has none
	 */
	public String healthCheck(String name) {
		JsonNode test = service(name).path("healthcheck").path("test");
		if (test.isArray()) {
			List<String> words = new ArrayList<>();
			test.values().forEach((word) -> words.add(word.asString()));
			return String.join(" ", words.subList(1, words.size()));
		}
		return test.asString("");
	}

	/**
	 * The services this one waits for, with the condition of each.
	 * @param name the service
	 * @return service to condition
	 */
	public Map<String, String> dependsOn(String name) {
		Map<String, String> dependencies = new LinkedHashMap<>();
		JsonNode node = service(name).path("depends_on");
		if (node.isArray()) {
			node.values().forEach((dependency) -> dependencies.put(dependency.asString(), "service_started"));
		}
		else {
			node.properties()
				.forEach((entry) -> dependencies.put(entry.getKey(),
						entry.getValue().path("condition").asString("service_started")));
		}
		return dependencies;
	}

	/**
	 * A value as Compose resolves it when no variable is set in the shell.
	 * @param value a value with {@code ${NAME:-default}} references
	 * @return the value
	 */
	public static String resolve(String value) {
		Matcher matcher = VARIABLE.matcher(value);
		StringBuilder resolved = new StringBuilder();
		while (matcher.find()) {
			String fallback = (matcher.group(2) != null) ? matcher.group(2) : "";
			matcher.appendReplacement(resolved, Matcher.quoteReplacement(fallback));
		}
		matcher.appendTail(resolved);
		return resolved.toString().replace("$$", "$");
	}

}
