package com.geniusharmony.deploy.kubernetes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.geniusharmony.deploy.repository.Repository;
import tools.jackson.databind.JsonNode;

/**
 * The manifests of one service's folder, {@code deploy/k8s/<service>}, by kind (one of
 * each), and the Secret its kustomization generates.
 */
public final class ServiceManifests {

	static final String ROOT = "deploy/k8s";

	private final String folder;

	private final Map<String, JsonNode> byKind = new LinkedHashMap<>();

	private final JsonNode kustomization;

	private final String secretExample;

	private ServiceManifests(String folder, JsonNode kustomization, String secretExample) {
		this.folder = folder;
		this.kustomization = kustomization;
		this.secretExample = secretExample;
	}

	public static ServiceManifests read(Repository repository, String service) {
		String folder = ROOT + "/" + service;
		ServiceManifests manifests = new ServiceManifests(folder, repository.yaml(folder + "/kustomization.yaml"),
				repository.read(folder + "/secret.env.example"));
		for (String file : repository.files(manifests.folder, ".yaml", ".yml")) {
			for (JsonNode document : repository.yamlDocuments(file)) {
				String kind = document.path("kind").asString();
				if (manifests.byKind.put(kind, document) != null) {
					throw new IllegalStateException(manifests.folder + " has two of kind " + kind);
				}
			}
		}
		return manifests;
	}

	String folder() {
		return this.folder;
	}

	Set<String> kinds() {
		return new TreeSet<>(this.byKind.keySet());
	}

	public JsonNode get(String kind) {
		JsonNode manifest = this.byKind.get(kind);
		if (manifest == null) {
			throw new IllegalStateException(this.folder + " has no " + kind);
		}
		return manifest;
	}

	JsonNode podTemplate() {
		return get("Deployment").path("spec").path("template");
	}

	JsonNode container() {
		List<JsonNode> containers = List.copyOf(podTemplate().path("spec").path("containers").values());
		if (containers.size() != 1) {
			throw new IllegalStateException(this.folder + ": expected one container, found " + containers.size());
		}
		return containers.get(0);
	}

	/**
	 * A container port given by number or by name.
	 * @param port the probe's or Service's port
	 * @return its number
	 */
	int containerPort(JsonNode port) {
		if (port.isNumber()) {
			return port.asInt();
		}
		for (JsonNode declared : container().path("ports").values()) {
			if (declared.path("name").asString().equals(port.asString())) {
				return declared.path("containerPort").asInt();
			}
		}
		throw new IllegalStateException(this.folder + ": no container port named " + port.asString());
	}

	/**
	 * Every variable the container gets: ConfigMap and Secret keys (through
	 * {@code envFrom}) and its own {@code env}.
	 * @return variable names
	 */
	Set<String> providedVariables() {
		Set<String> variables = new TreeSet<>(configMapKeys());
		variables.addAll(secretKeys());
		container().path("env").values().forEach((entry) -> variables.add(entry.path("name").asString()));
		return variables;
	}

	Set<String> configMapKeys() {
		return new TreeSet<>(get("ConfigMap").path("data").propertyNames());
	}

	/**
	 * The keys of the Secret that kustomize's {@code secretGenerator} makes from the
	 * files that are not committed: those of {@code secret.env.example}, and the keys of
	 * its {@code files}.
	 * @return the secret variables
	 */
	Set<String> secretKeys() {
		Set<String> keys = new TreeSet<>();
		for (String line : this.secretExample.split("\n")) {
			String trimmed = line.strip();
			if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
				keys.add(trimmed.substring(0, trimmed.indexOf('=')));
			}
		}
		for (JsonNode file : secretGenerator().path("files").values()) {
			keys.add(file.asString().substring(0, file.asString().indexOf('=')));
		}
		return keys;
	}

	/**
	 * The service's one {@code secretGenerator} entry.
	 * @return the entry
	 */
	JsonNode secretGenerator() {
		List<JsonNode> generators = List.copyOf(this.kustomization.path("secretGenerator").values());
		if (generators.size() != 1) {
			throw new IllegalStateException(this.folder + ": expected one secretGenerator, found " + generators.size());
		}
		return generators.get(0);
	}

}
