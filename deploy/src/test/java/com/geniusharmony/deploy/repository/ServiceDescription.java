package com.geniusharmony.deploy.repository;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a deployment must know of one service: its port, its default database, the
 * dependencies its readiness checks, and every environment variable it reads with the
 * default it falls back to (empty when it has none or only the docs name it).
 *
 * @param name the module and {@code spring.application.name}
 * @param port the default HTTP port
 * @param defaultDatabase the database used when {@code POSTGRES_DB} is not set
 * @param readiness the health components of the readiness group
 * @param variables every variable the service reads, with its default
 */
public record ServiceDescription(String name, int port, String defaultDatabase, List<String> readiness,
		Map<String, String> variables) {

	private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|PRIVATE_KEY|API_KEY).*");

	/**
	 * Whether a variable holds a secret: a password, key or secret, or the Redis URL
	 * (which carries Redis' password in production).
	 * @param variable the variable
	 * @return whether it belongs in a Secret
	 */
	public static boolean isSecret(String variable) {
		return SECRET.matcher(variable).matches() || variable.equals("REDIS_URL");
	}

	/**
	 * The variables whose default points at the machine the service runs on: in a
	 * container or a pod, that is the container itself, so each must be set.
	 * @return the variables
	 */
	public Set<String> variablesDefaultingToLocalhost() {
		Set<String> names = new TreeSet<>();
		this.variables.forEach((name, value) -> {
			if (value.contains("localhost") || value.contains("127.0.0.1")) {
				names.add(name);
			}
		});
		return names;
	}

}
