package com.geniusharmony.deploy.prometheus;

import java.util.ArrayList;
import java.util.List;

import com.geniusharmony.deploy.repository.Repository;
import tools.jackson.databind.JsonNode;

/**
 * One alerting rule of deploy/prometheus/rules.
 *
 * @param file the rule file
 * @param alert the alert's name
 * @param rule the rule as written
 */
public record AlertRule(String file, String alert, JsonNode rule) {

	public static final String RULES = "deploy/prometheus/rules";

	/**
	 * Every alerting rule of every rule file.
	 * @param repository the repository
	 * @return the rules
	 */
	public static List<AlertRule> all(Repository repository) {
		List<AlertRule> rules = new ArrayList<>();
		for (String file : repository.files(RULES, ".yml", ".yaml")) {
			for (JsonNode group : repository.yaml(file).path("groups").values()) {
				for (JsonNode rule : group.path("rules").values()) {
					rules.add(new AlertRule(file, rule.path("alert").asString(""), rule));
				}
			}
		}
		return rules;
	}

	public String expression() {
		return this.rule.path("expr").asString("");
	}

}
