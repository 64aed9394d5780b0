package com.geniusharmony.odoosync.odoo;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The connection check against the emulator: it passes with good settings and says which
 * step fails with a wrong password, an unknown database, nothing listening, an unknown
 * host or TLS spoken to a plain HTTP port; no message shows the password.
 */
class OdooConnectionCheckTests extends OdooEmulatorTestBase {

	@Test
	void passesWithGoodSettings() {
		ConnectionReport report = check(TestOdoo.settings(odoo, OdooProtocol.JSONRPC));
		assertThat(report.ok()).isTrue();
		assertThat(statuses(report)).contains(entry("configuration", "ok"), entry("dns", "ok"), entry("tcp", "ok"),
				entry("tls", "skipped"), entry("odoo", "ok"), entry("database", "ok"), entry("credentials", "ok"),
				entry("access:res.partner:read", "ok"), entry("access:project.project:read", "ok"),
				entry("access:project.task:read", "ok"), entry("access:project.task:create", "skipped"),
				entry("access:project.task:write", "skipped"));
		assertThat(message(report, "credentials")).isEqualTo("Logged in as admin (user 2)");
		assertThat(message(report, "access:project.task:write")).contains("does not answer check_access_rights");
		assertThat(this.budget.acquired()).isEqualTo((int) odoo.requestCounts().total());
	}

	@Test
	void passesOverJson2WithAnApiKey() {
		ConnectionReport report = check(TestOdoo.settings(odoo, OdooProtocol.JSON2));
		assertThat(report.ok()).as(report.toString()).isTrue();
		assertThat(statuses(report)).contains(entry("credentials", "ok"), entry("access:res.partner:read", "ok"));
	}

	@Test
	void aWrongPasswordFailsTheCredentialsStep() {
		ConnectionReport report = check(
				settings("127.0.0.1", odoo.port(), OdooProtocol.JSONRPC, "harmony", "wrong-" + TestOdoo.PASSWORD));
		assertThat(report.ok()).isFalse();
		assertThat(statuses(report)).contains(entry("odoo", "ok"), entry("database", "ok"),
				entry("credentials", "failed"), entry("access:res.partner:read", "skipped"));
		assertThat(message(report, "credentials")).contains("wrong ODOO_USERNAME or ODOO_PASSWORD");
	}

	@Test
	void anUnknownDatabaseFailsTheDatabaseStep() {
		ConnectionReport report = check(
				settings("127.0.0.1", odoo.port(), OdooProtocol.JSONRPC, "nodb", TestOdoo.PASSWORD));
		assertThat(statuses(report)).contains(entry("odoo", "ok"), entry("database", "failed"),
				entry("credentials", "skipped"));
		assertThat(message(report, "database")).contains("nodb").contains("check ODOO_DB");
	}

	@Test
	void nothingListeningFailsTheTcpStep() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ConnectionReport report = check(
				settings("127.0.0.1", closedPort, OdooProtocol.JSONRPC, "harmony", TestOdoo.PASSWORD));
		assertThat(statuses(report)).contains(entry("dns", "ok"), entry("tcp", "failed"), entry("tls", "skipped"),
				entry("odoo", "skipped"), entry("credentials", "skipped"));
		assertThat(message(report, "tcp")).contains("Nothing accepts connections at 127.0.0.1:" + closedPort);
	}

	@Test
	void anUnknownHostFailsTheDnsStep() {
		ConnectionReport report = check(
				settings("odoo.host.invalid", 8069, OdooProtocol.JSONRPC, "harmony", TestOdoo.PASSWORD));
		assertThat(statuses(report)).contains(entry("dns", "failed"), entry("tcp", "skipped"));
		assertThat(message(report, "dns")).isEqualTo("odoo.host.invalid does not resolve: check ODOO_HOST");
	}

	@Test
	void tlsToAPlainHttpPortFailsTheTlsStep() {
		ConnectionReport report = check(
				settings("127.0.0.1", odoo.port(), OdooProtocol.JSONRPC_SSL, "harmony", TestOdoo.PASSWORD));
		assertThat(statuses(report)).contains(entry("tcp", "ok"), entry("tls", "failed"), entry("odoo", "skipped"));
	}

	@Test
	void notConfiguredFailsTheConfigurationStepAndSkipsTheRest() {
		ConnectionReport report = check(new OdooProperties(true, null, null, OdooProtocol.JSONRPC, "harmony", null,
				TestOdoo.PASSWORD, Duration.ofSeconds(2), Duration.ofSeconds(2), DataSize.ofMegabytes(16),
				Duration.ofMinutes(5), Duration.ofMillis(10), 3, 50, 10, Duration.ofSeconds(30)));
		assertThat(report.ok()).isFalse();
		assertThat(report.steps().get(0)).isEqualTo(ConnectionStep.failed("configuration",
				"Odoo not configured: ODOO_HOST, ODOO_USERNAME missing; changes stay pending"));
		assertThat(report.steps().subList(1, report.steps().size())).hasSize(15)
			.allMatch((step) -> step.status() == ConnectionStep.Status.SKIPPED);
		assertThat(odoo.requestCounts().total()).isZero();
	}

	private ConnectionReport check(OdooProperties settings) {
		OdooClients clients = new OdooClients(this.budget, new OdooRequestMetrics(new SimpleMeterRegistry()),
				Clock.systemUTC());
		ConnectionReport report = new OdooConnectionCheck(settings, clients).check().block(Duration.ofSeconds(60));
		assertThat(report).isNotNull();
		assertThat(report.toString()).doesNotContain(TestOdoo.PASSWORD).doesNotContain(TestOdoo.API_KEY);
		return report;
	}

	private static OdooProperties settings(String host, int port, OdooProtocol protocol, String db, String password) {
		return TestOdoo.settings(host, port, protocol, db, "admin", password);
	}

	private static Map<String, String> statuses(ConnectionReport report) {
		return report.steps()
			.stream()
			.collect(Collectors.toMap(ConnectionStep::name, (step) -> step.status().toString()));
	}

	private static String message(ConnectionReport report, String name) {
		return report.steps().stream().filter((step) -> step.name().equals(name)).findFirst().orElseThrow().message();
	}

}
