package com.geniusharmony.deploy.prometheus;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.geniusharmony.deploy.promql.PromQl;
import com.geniusharmony.deploy.repository.Repository;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every alert is complete (expression, duration, severity, summary) and links a runbook
 * of docs/runbooks that says what it means, what it breaks, how to find the cause and how
 * to fix it; every runbook belongs to an alert.
 */
class AlertRulesTests {

	private static final String RUNBOOKS = "docs/runbooks";

	/**
	 * Where docs/runbooks is browsable: the external label of the Prometheus loading the
	 * rules.
	 */
	private static final String RUNBOOK_BASE = "{{ $externalLabels.runbook_base }}";

	private static final List<String> RUNBOOK_SECTIONS = List.of("## Meaning", "## Impact", "## Diagnosis",
			"## Mitigation");

	private final Repository repository = Repository.current();

	private final List<AlertRule> rules = AlertRule.all(this.repository);

	@Test
	void everyAlertIsComplete() {
		assertThat(this.rules).isNotEmpty();
		for (AlertRule rule : this.rules) {
			assertThat(rule.alert()).as("a rule of %s without alert name", rule.file()).matches("[A-Z][A-Za-z0-9]+");
			assertThat(PromQl.selectors(rule.expression())).as("%s's expression", rule.alert()).isNotEmpty();
			assertThat(rule.rule().path("for").asString()).as("%s's for", rule.alert()).matches("\\d+[smh]");
			assertThat(rule.rule().at("/labels/severity").asString()).as("%s's severity", rule.alert())
				.isIn("warning", "critical");
			assertThat(rule.rule().at("/annotations/summary").asString()).as("%s's summary", rule.alert()).isNotBlank();
		}
		assertThat(this.rules.stream().map(AlertRule::alert).distinct()).hasSameSizeAs(this.rules);
	}

	@Test
	void everyAlertLinksItsRunbookWhichCoversMeaningImpactDiagnosisAndMitigation() {
		for (AlertRule rule : this.rules) {
			String runbook = RUNBOOKS + "/" + rule.alert() + ".md";
			assertThat(rule.rule().at("/annotations/runbook_url").asString()).as("%s's runbook_url", rule.alert())
				.isEqualTo(RUNBOOK_BASE + "/" + rule.alert() + ".md");
			assertThat(this.repository.exists(runbook)).as(runbook).isTrue();
			String text = this.repository.read(runbook);
			assertThat(text).as(runbook).startsWith("# " + rule.alert() + "\n");
			for (String section : RUNBOOK_SECTIONS) {
				assertThat(text).as(runbook).contains("\n" + section + "\n");
			}
		}
	}

	@Test
	void everyAlertHasAPromtoolCaseWhereItFires() {
		Set<String> firing = new TreeSet<>();
		for (JsonNode test : this.repository.yaml("deploy/prometheus/tests/harmony-alerts-test.yml").path("tests")) {
			for (JsonNode expectation : test.path("alert_rule_test")) {
				if (!expectation.path("exp_alerts").isEmpty()) {
					firing.add(expectation.path("alertname").asString());
				}
			}
		}
		assertThat(firing).containsAll(this.rules.stream().map(AlertRule::alert).toList());
	}

	@Test
	void everyRunbookBelongsToAnAlertAndIsListed() {
		Set<String> alerts = new TreeSet<>(this.rules.stream().map(AlertRule::alert).toList());
		Set<String> runbooks = new TreeSet<>();
		for (String file : this.repository.files(RUNBOOKS, ".md")) {
			String name = file.substring(file.lastIndexOf('/') + 1, file.length() - ".md".length());
			if (!name.equals("README")) {
				runbooks.add(name);
			}
		}
		assertThat(runbooks).isEqualTo(alerts);
		String index = this.repository.read(RUNBOOKS + "/README.md");
		for (String alert : alerts) {
			assertThat(index).contains("(" + alert + ".md)");
		}
	}

}
