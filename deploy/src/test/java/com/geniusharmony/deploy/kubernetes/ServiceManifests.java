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
 * each).
 */
final class ServiceManifests {

	static final String ROOT = "deploy/k8s";

	private final String folder;

	private final Map<String, JsonNode> byKind = new LinkedHashMap<>();

	private ServiceManifests(String folder) {
		this.folder = folder;
	}

	static ServiceManifests read(Repository repository, String service) {
		ServiceManifests manifests = new ServiceManifests(ROOT + "/" + service);
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

	JsonNode get(String kind) {
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

	Set<String> secretKeys() {
		JsonNode secret = get("Secret");
		Set<String> keys = new TreeSet<>(secret.path("stringData").propertyNames());
		keys.addAll(secret.path("data").propertyNames());
		return keys;
	}

}
