package com.geniusharmony.deploy.prometheus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.geniusharmony.deploy.repository.Repository;
import com.geniusharmony.infra.junit.MachineTools;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example Alertmanager configuration: Alertmanager's own {@code amtool} accepts it
 * and routes every alert of the rules by its severity (critical pages and reaches the
 * chat, warnings reach the chat), and its inhibitions name alerts that exist. amtool
 * comes with Debian's {@code prometheus-alertmanager} package, which {@code .ci/run}
 * installs.
 */
class AlertmanagerConfigurationTests {

	static final String CONFIG = "deploy/alertmanager/alertmanager.yml";

	private static final Pattern ALERT_NAMES = Pattern.compile("alertname=~?\"([^\"]+)\"");

	private final Repository repository = Repository.current();

	private final List<AlertRule> rules = AlertRule.all(this.repository);

	@Test
	void amtoolAcceptsTheConfiguration() throws Exception {
		MachineTools.assumeOrRequire("amtool", "prometheus-alertmanager");
		assertThat(amtool("check-config", config())).contains("SUCCESS");
	}

	@Test
	void criticalAlertsPageAndReachTheChatWarningsReachTheChat() throws Exception {
		MachineTools.assumeOrRequire("amtool", "prometheus-alertmanager");
		for (AlertRule rule : this.rules) {
			String severity = rule.rule().at("/labels/severity").asString();
			String receivers = amtool("config", "routes", "test", "--config.file=" + config(),
					"alertname=" + rule.alert(), "severity=" + severity, "service=odoo-sync-service")
				.lines()
				.filter((line) -> !line.startsWith("Warning:"))
				.findFirst()
				.orElse("")
				.trim();
			assertThat(receivers).as("receivers of %s (%s)", rule.alert(), severity)
				.isEqualTo(severity.equals("critical") ? "on-call,team-chat" : "team-chat");
		}
	}

	@Test
	void inhibitionsNameAlertsOfTheRules() {
		Set<String> alerts = new TreeSet<>(this.rules.stream().map(AlertRule::alert).toList());
		List<String> named = new ArrayList<>();
		for (JsonNode inhibition : this.repository.yaml(CONFIG).path("inhibit_rules").values()) {
			for (String side : List.of("source_matchers", "target_matchers")) {
				for (JsonNode matcher : inhibition.path(side).values()) {
					Matcher names = ALERT_NAMES.matcher(matcher.asString());
					if (names.find()) {
						named.addAll(List.of(names.group(1).split("\\|")));
					}
				}
			}
		}
		assertThat(named).isNotEmpty();
		assertThat(alerts).containsAll(named);
	}

	private String config() {
		return this.repository.path(CONFIG).toString();
	}

	private static String amtool(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("amtool"));
		command.addAll(List.of(arguments));
		MachineTools.Result result = MachineTools.run(command);
		assertThat(result.exitCode()).as("amtool %s:%n%s", String.join(" ", arguments), result.output()).isZero();
		return result.output();
	}

}
