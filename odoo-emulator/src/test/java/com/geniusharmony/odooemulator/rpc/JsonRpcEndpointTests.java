package com.geniusharmony.odooemulator.rpc;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.geniusharmony.odooemulator.OdooHttp;
import com.geniusharmony.odooemulator.RunningEmulator;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON-RPC behaviour beyond the recorded transcripts.
 */
class JsonRpcEndpointTests {

	@RegisterExtension
	static final RunningEmulator odoo = new RunningEmulator();

	@Test
	void refusesABodyThatIsNotDeclaredAsJson() {
		HttpResponse<String> response = odoo.http()
			.send(HttpRequest.newBuilder(URI.create(odoo.emulator().baseUrl() + "/jsonrpc"))
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.build());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Please verify the Content-Type request header");
	}

	@Test
	void answersUnknownServicesAndMethodsWithPythonErrors() {
		assertThat(errorName(odoo.http().jsonRpc("nosuch", "x", List.of()))).isEqualTo("builtins.KeyError");
		assertThat(errorName(odoo.http().jsonRpc("common", "nosuch", List.of()))).isEqualTo("builtins.Exception");
		assertThat(errorName(odoo.http().jsonRpc("object", "nosuch", List.of("harmony", 2, "admin"))))
			.isEqualTo("builtins.NameError");
	}

	@Test
	void checksTheDatabaseAndPasswordOfEveryObjectCall() {
		assertThat(errorName(odoo.http()
			.jsonRpc("object", "execute_kw", List.of("nodb", 2, "admin", "res.partner", "search", List.of(List.of())))))
			.isEqualTo("psycopg2.OperationalError");
		assertThat(errorName(odoo.http()
			.jsonRpc("object", "execute_kw",
					List.of("harmony", false, "admin", "res.partner", "search", List.of(List.of())))))
			.isEqualTo("odoo.exceptions.AccessDenied");
	}

	@Test
	void callsMethodsWithExecuteToo() {
		JsonNode answer = odoo.http()
			.jsonRpc("object", "execute", List.of("harmony", 2, "admin", "res.partner", "search_count", List.of()));
		assertThat(answer.get("result").intValue()).isEqualTo(2);
	}

	@Test
	void keepsCallKwInTheAuthenticatedSession() {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String callKw = "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"id\":5,\"params\":{\"model\":\"res.partner\","
				+ "\"method\":\"search_count\",\"args\":[[]],\"kwargs\":{}}}";
		JsonNode expired = OdooHttp.json(post(client, "/web/dataset/call_kw/res.partner/search_count", callKw).body());
		assertThat(expired.get("error").get("code").intValue()).isEqualTo(100);
		assertThat(expired.get("error").get("message").stringValue()).isEqualTo("Odoo Session Expired");
		HttpResponse<String> login = post(client, "/web/session/authenticate",
				"{\"jsonrpc\":\"2.0\",\"method\":\"call\","
						+ "\"id\":1,\"params\":{\"db\":\"harmony\",\"login\":\"admin\",\"password\":\"admin\"}}");
		assertThat(login.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("session_id=").contains("HttpOnly"));
		JsonNode counted = OdooHttp.json(post(client, "/web/dataset/call_kw/res.partner/search_count", callKw).body());
		assertThat(counted.get("result").intValue()).isEqualTo(2);
		JsonNode destroyed = OdooHttp.json(
				post(client, "/web/session/destroy", "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"id\":6,\"params\":{}}")
					.body());
		assertThat(destroyed.has("result")).isFalse();
		assertThat(
				OdooHttp.json(post(client, "/web/dataset/call_kw", callKw).body()).get("error").get("code").intValue())
			.isEqualTo(100);
	}

	@Test
	void refusesAnotherDatabaseAtSessionAuthentication() {
		JsonNode answer = OdooHttp.json(odoo.http()
			.post("/web/session/authenticate", "{\"jsonrpc\":\"2.0\",\"method\":"
					+ "\"call\",\"id\":1,\"params\":{\"db\":\"other\",\"login\":\"admin\",\"password\":\"admin\"}}")
			.body());
		assertThat(errorName(answer)).isEqualTo("odoo.exceptions.AccessError");
	}

	@Test
	void answersUnknownPathsWith404() {
		assertThat(odoo.http().post("/xmlrpc/2/common", "{}").statusCode()).isEqualTo(404);
		assertThat(odoo.http().get("/web/nothing").statusCode()).isEqualTo(404);
	}

	private static String errorName(JsonNode answer) {
		return answer.get("error").get("data").get("name").stringValue();
	}

	private static HttpResponse<String> post(HttpClient client, String path, String body) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(odoo.emulator().baseUrl() + path))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.header("Content-Type", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
