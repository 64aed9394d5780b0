package com.geniusharmony.odoosync.odoo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The warm-up at start-up against the emulator: one login (with JSON-2, one check of the
 * API key) and the field definitions of the three written models, nothing when the
 * integration is off, and a clear failure when Odoo cannot be reached.
 */
class OdooWarmUpTests extends OdooEmulatorTestBase {

	@Test
	void logsInAndReadsTheFieldDefinitionsOfTheWrittenModels() {
		OdooProperties settings = TestOdoo.settings(odoo, OdooProtocol.JSONRPC);
		OdooClient client = TestOdoo.client(settings, this.budget, this.meters);
		new OdooWarmUp(client, settings).warmUp().block(Duration.ofSeconds(30));
		assertThat(odoo.requestCounts().calls("common", "login")).isEqualTo(1);
		assertThat(odoo.requestCounts().calls("res.partner", "fields_get")).isEqualTo(1);
		assertThat(odoo.requestCounts().calls("project.project", "fields_get")).isEqualTo(1);
		assertThat(odoo.requestCounts().calls("project.task", "fields_get")).isEqualTo(1);
		assertThat(odoo.requestCounts().total()).isEqualTo(4);
		assertThat(this.budget.acquired()).isEqualTo(4);
	}

	@Test
	void checksTheApiKeyAndReadsTheFieldDefinitionsWithJson2() {
		OdooProperties settings = TestOdoo.settings(odoo, OdooProtocol.JSON2);
		new OdooWarmUp(TestOdoo.client(settings, this.budget, this.meters), settings).warmUp()
			.block(Duration.ofSeconds(30));
		assertThat(odoo.requestCounts().calls("res.users", "search")).isEqualTo(1);
		assertThat(odoo.requestCounts().calls("res.partner", "fields_get")).isEqualTo(1);
		assertThat(odoo.requestCounts().calls("project.project", "fields_get")).isEqualTo(1);
		assertThat(odoo.requestCounts().calls("project.task", "fields_get")).isEqualTo(1);
		assertThat(odoo.requestCounts().total()).isEqualTo(4);
	}

	@Test
	void sendsNothingWhenTheIntegrationIsOff() {
		OdooProperties on = TestOdoo.settings(odoo, OdooProtocol.JSONRPC);
		new OdooWarmUp(TestOdoo.client(on, this.budget, this.meters), TestOdoo.disabled(on)).warmUp()
			.block(Duration.ofSeconds(30));
		assertThat(odoo.requestCounts().total()).isZero();
	}

	@Test
	void failsWhenTheCredentialsAreWrong() {
		OdooProperties wrong = TestOdoo.withPassword(TestOdoo.settings(odoo, OdooProtocol.JSONRPC), "not-the-password");
		OdooWarmUp warmUp = new OdooWarmUp(TestOdoo.client(wrong, this.budget, this.meters), wrong);
		assertThatExceptionOfType(OdooException.class).isThrownBy(() -> warmUp.warmUp().block(Duration.ofSeconds(30)))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(OdooErrorKind.CREDENTIALS_REJECTED));
	}

}
