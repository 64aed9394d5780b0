package com.geniusharmony.odooemulator.json2;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import com.geniusharmony.odooemulator.OdooHttp;
import com.geniusharmony.odooemulator.RunningEmulator;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class Json2EndpointTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

	@RegisterExtension
	static final RunningEmulator odoo = new RunningEmulator(
			OdooEmulatorConfig.defaults().withVersion(19).withApiKeys(KEY));

	@Test
	void answersTheBareResultOfACallWithNamedArguments() {
		HttpResponse<String> response = call("res.partner/search_read",
				"{\"domain\": [[\"id\", \"=\", 3]], \"fields\": [\"name\"]}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
		assertThat(response.body()).isEqualTo("[{\"id\":3,\"name\":\"Administrator\"}]");
	}

	@Test
	void createsWithValsListAndCallsRecordMethodsWithIds() {
		JsonNode ids = OdooHttp.json(call("project.project/create", "{\"vals_list\": [{\"name\": \"P\"}]}").body());
		assertThat(ids.isArray()).isTrue();
		int id = ids.get(0).intValue();
		assertThat(call("project.project/write", "{\"ids\": [" + id + "], \"vals\": {\"name\": \"Q\"}}").body())
			.isEqualTo("true");
		assertThat(call("project.project/read", "{\"ids\": [" + id + "], \"fields\": [\"name\"]}").body())
			.isEqualTo("[{\"id\":" + id + ",\"name\":\"Q\"}]");
	}

	@Test
	void appliesTheContextOfTheCall() {
		int id = OdooHttp
			.json(call("res.partner/create", "{\"vals_list\": [{\"name\": \"Old\", \"active\": false}]}").body())
			.get(0)
			.intValue();
		String domain = "{\"domain\": [[\"id\", \"=\", " + id + "]]";
		assertThat(call("res.partner/search", domain + "}").body()).isEqualTo("[]");
		assertThat(call("res.partner/search", domain + ", \"context\": {\"active_test\": false}}").body())
			.isEqualTo("[" + id + "]");
	}

	@Test
	void refusesAMissingOrUnknownKeyWith401() {
		HttpResponse<String> missing = odoo.http().post("/json/2/res.partner/search", "{\"domain\": []}");
		assertThat(missing.statusCode()).isEqualTo(401);
		assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertError(missing, "werkzeug.exceptions.Unauthorized",
				"User not authenticated, use the \"Authorization\" header");
		HttpResponse<String> wrong = odoo.http()
			.post("/json/2/res.partner/search", "{\"domain\": []}", "Authorization", "bearer not-the-key");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertError(wrong, "werkzeug.exceptions.Unauthorized", "Invalid apikey");
		assertThat(OdooHttp.json(wrong.body()).get("arguments").toString()).isEqualTo("[\"Invalid apikey\",401]");
	}

	@Test
	void answers404ForAnUnknownModelOrMethod() {
		HttpResponse<String> model = call("x.nomodel/search", "{\"domain\": []}");
		assertThat(model.statusCode()).isEqualTo(404);
		assertError(model, "werkzeug.exceptions.NotFound", "the model 'x.nomodel' does not exist");
		HttpResponse<String> method = call("res.partner/no_such_method", "{}");
		assertThat(method.statusCode()).isEqualTo(404);
		assertError(method, "werkzeug.exceptions.NotFound",
				"The method 'no_such_method' does not exist on the model 'res.partner'");
	}

	@Test
	void answers422ForArgumentsThatDoNotFit() {
		HttpResponse<String> unexpected = call("res.partner/search", "{\"domain\": [], \"badparameter\": 1}");
		assertThat(unexpected.statusCode()).isEqualTo(422);
		assertError(unexpected, "werkzeug.exceptions.UnprocessableEntity",
				"got an unexpected keyword argument 'badparameter'");
		HttpResponse<String> missing = call("res.partner/create", "{}");
		assertThat(missing.statusCode()).isEqualTo(422);
		assertError(missing, "werkzeug.exceptions.UnprocessableEntity", "missing a required argument: 'vals_list'");
		HttpResponse<String> ids = call("res.partner/search", "{\"ids\": [3], \"domain\": []}");
		assertThat(ids.statusCode()).isEqualTo(422);
		assertError(ids, "werkzeug.exceptions.UnprocessableEntity", "cannot call res.partner.search with ids");
	}

	@Test
	void answersOdooErrorsWithTheirOwnStatus() {
		HttpResponse<String> missing = call("res.partner/write", "{\"ids\": [4242], \"vals\": {\"name\": \"x\"}}");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(OdooHttp.json(missing.body()).get("name").stringValue()).isEqualTo("odoo.exceptions.MissingError");
		HttpResponse<String> required = call("project.project/create", "{\"vals_list\": [{}]}");
		assertThat(required.statusCode()).isEqualTo(422);
		assertThat(OdooHttp.json(required.body()).get("name").stringValue())
			.isEqualTo("odoo.exceptions.ValidationError");
		HttpResponse<String> privateMethod = call("res.partner/_compute_display_name", "{}");
		assertThat(privateMethod.statusCode()).isEqualTo(403);
		HttpResponse<String> unknownField = call("res.partner/create", "{\"vals_list\": [{\"nope\": 1}]}");
		assertThat(unknownField.statusCode()).isEqualTo(500);
		assertThat(OdooHttp.json(unknownField.body()).get("name").stringValue()).isEqualTo("builtins.ValueError");
	}

	@Test
	void checksTheDatabaseHeaderWhenGiven() {
		assertThat(odoo.http()
			.post("/json/2/res.partner/search", "{\"domain\": []}", "Authorization", "bearer " + KEY, "X-Odoo-Database",
					"harmony")
			.statusCode()).isEqualTo(200);
		assertThat(odoo.http()
			.post("/json/2/res.partner/search", "{\"domain\": []}", "Authorization", "bearer " + KEY, "X-Odoo-Database",
					"other")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void isNotServedByOdoo17() {
		try (OdooEmulator odoo17 = OdooEmulator.start(OdooEmulatorConfig.defaults().withVersion(17).withApiKeys(KEY))) {
			HttpResponse<String> response = new OdooHttp(odoo17.baseUrl()).post("/json/2/res.partner/search",
					"{\"domain\": []}", "Authorization", "bearer " + KEY);
			assertThat(response.statusCode()).isEqualTo(404);
		}
	}

	private static HttpResponse<String> call(String path, String body) {
		return odoo.http().post("/json/2/" + path, body, "Authorization", "bearer " + KEY);
	}

	private static void assertError(HttpResponse<String> response, String name, String message) {
		JsonNode error = OdooHttp.json(response.body());
		assertThat(error.propertyNames()).containsExactlyInAnyOrder("name", "message", "arguments", "context", "debug");
		assertThat(error.get("name").stringValue()).isEqualTo(name);
		assertThat(error.get("message").stringValue()).isEqualTo(message);
	}

}
