package com.geniusharmony.odooemulator;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OdooEmulatorMainTests {

	@Test
	void answersARecordedTranscriptRequestOverHttp() {
		try (OdooEmulator emulator = OdooEmulatorMain.start(Map.of("ODOO_EMULATOR_PORT", "0"))) {
			OdooHttp http = new OdooHttp(emulator.baseUrl());
			// Transcript 2, "login ok", as curl would send it.
			HttpResponse<String> response = http.post("/jsonrpc", "{\"jsonrpc\": \"2.0\", \"method\": \"call\", "
					+ "\"params\": {\"service\": \"common\", \"method\": \"login\", \"args\": [\"harmony\", \"admin\", "
					+ "\"admin\"]}, \"id\": 2}");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
			assertThat(response.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":2}");
		}
	}

	@Test
	void takesArgumentsOverEnvironmentVariables() {
		Map<String, String> env = Map.of("ODOO_EMULATOR_PORT", "0", "ODOO_EMULATOR_DB", "fromenv",
				"ODOO_EMULATOR_LOGIN", "api@example.com", "ODOO_EMULATOR_PASSWORD", "pw", "ODOO_EMULATOR_VERSION", "16",
				"ODOO_EMULATOR_API_KEY", "k1, k2", "ODOO_EMULATOR_USERS", "ann:ann@example.com:Ann Lee");
		try (OdooEmulator emulator = OdooEmulatorMain.start(env, "--db=fromargs")) {
			OdooHttp http = new OdooHttp(emulator.baseUrl());
			assertThat(emulator.config().database()).isEqualTo("fromargs");
			assertThat(emulator.config().version()).isEqualTo(16);
			assertThat(emulator.config().apiKeys()).containsExactly("k1", "k2");
			JsonNode login = http.jsonRpc("common", "login", List.of("fromargs", "api@example.com", "k2"));
			assertThat(login.get("result").intValue()).isEqualTo(2);
			assertThat(emulator.records("res.users")).anyMatch((user) -> "Ann Lee".equals(user.get("name")));
		}
	}

	@Test
	void refusesAnArgumentThatIsNotNameEqualsValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> OdooEmulatorMain.start(Map.of(), "--port"));
	}

}
