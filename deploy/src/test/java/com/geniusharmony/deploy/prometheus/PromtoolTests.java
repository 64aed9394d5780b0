package com.geniusharmony.deploy.prometheus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.geniusharmony.deploy.repository.Repository;
import com.geniusharmony.infra.junit.MachineTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus's own checks of the alert rules: {@code promtool check rules}, and
 * {@code promtool test rules} on deploy/prometheus/tests, where each alert fires when it
 * should and stays silent across a restart and a scheduler failover. promtool comes with
 * Debian's {@code prometheus} package, which {@code .ci/run} installs; where it is
 * missing these tests are skipped, and reported as skipped, unless
 * {@code HARMONY_REQUIRE_TOOLS=true} (set by {@code .ci/run}) makes that a failure.
 */
class PromtoolTests {

	private static final String RULES = "deploy/prometheus/rules/harmony-alerts.yml";

	private static final String RULE_TESTS = "deploy/prometheus/tests/harmony-alerts-test.yml";

	private final Repository repository = Repository.current();

	@BeforeEach
	void promtoolIsThere() {
		MachineTools.assumeOrRequire("promtool", "prometheus");
	}

	@Test
	void theRulesPassPromtoolsCheck() throws Exception {
		assertThat(promtool("check", "rules", this.repository.path(RULES).toString())).contains("SUCCESS");
	}

	@Test
	void everyRuleTestCasePasses() throws Exception {
		assertThat(promtool("test", "rules", this.repository.path(RULE_TESTS).toString())).contains("SUCCESS");
	}

	private static String promtool(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("promtool"));
		command.addAll(List.of(arguments));
		MachineTools.Result result = MachineTools.run(command);
		assertThat(result.exitCode()).as("promtool %s:%n%s", String.join(" ", arguments), result.output()).isZero();
		return result.output();
	}

}
