package com.geniusharmony.odoosync.odoo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Odoo's JSON-2 API (Odoo 19, Odoo Online 18.4+): {@code POST /json/2/<model>/<method>}
 * with {@code Authorization: bearer <API key>}, {@code X-Odoo-Database} and named
 * arguments only; the bare result on success, {@code {name, message, ...}} with a 4xx or
 * 5xx status on failure (401 bad key, 404 unknown model or method, 422 arguments that do
 * not fit).
 */
final class Json2OdooClient implements OdooProtocolClient {

	private final OdooHttp http;

	private final OdooProperties properties;

	private final AtomicLong requestIds = new AtomicLong();

	Json2OdooClient(OdooHttp http, OdooProperties properties) {
		this.http = http;
		this.properties = properties;
	}

	@Override
	public Mono<OdooVersion> version() {
		// JSON-2 has no version call; the web client's version route needs no credentials
		OdooCall call = OdooCall.common("version");
		String body = OdooResults.write(Map.of("jsonrpc", "2.0", "method", "call", "params", Map.of(), "id",
				this.requestIds.incrementAndGet()));
		return this.http.post(call, "/web/webclient/version_info", (headers) -> {
		}, body, (response) -> JsonRpcOdooClient.decode(this.http.failures(), call, response))
			.map(OdooResults::version);
	}

	@Override
	public Mono<Long> authenticate() {
		// a cheap authenticated call: the API key's user, found by its login
		OdooCall call = new OdooCall("res.users", "search");
		return call(call, Map.of("domain", List.of(List.of("login", "=", this.properties.username())), "limit", 1))
			.map((result) -> {
				if (!result.isArray() || result.isEmpty()) {
					throw this.http.failures()
						.of(OdooErrorKind.CREDENTIALS_REJECTED,
								"Odoo accepted the API key but has no user " + this.properties.username()
										+ " on database " + this.properties.db() + ": check ODOO_USERNAME");
				}
				return OdooResults.uid(call, result.get(0));
			});
	}

	@Override
	public Mono<LoadResult> load(String model, List<String> fields, List<List<String>> rows) {
		OdooCall call = new OdooCall(model, "load");
		return call(call, Map.of("fields", fields, "data", rows)).map((result) -> OdooResults.load(call, result));
	}

	@Override
	public Mono<List<JsonNode>> searchRead(String model, List<?> domain, List<String> fields, boolean includeArchived,
			@Nullable String order, int limit) {
		OdooCall call = new OdooCall(model, "search_read");
		Map<String, Object> arguments = new LinkedHashMap<>();
		arguments.put("domain", domain);
		arguments.put("fields", fields);
		if (order != null) {
			arguments.put("order", order);
		}
		if (limit > 0) {
			arguments.put("limit", limit);
		}
		if (includeArchived) {
			arguments.put("context", Map.of("active_test", false));
		}
		return call(call, arguments).map((result) -> OdooResults.records(call, result));
	}

	@Override
	public Mono<Void> write(String model, List<Long> ids, Map<String, Object> values) {
		return call(new OdooCall(model, "write"), Map.of("ids", ids, "vals", values)).then();
	}

	@Override
	public Mono<Void> unlink(String model, List<Long> ids) {
		return call(new OdooCall(model, "unlink"), Map.of("ids", ids)).then();
	}

	@Override
	public Mono<Map<String, OdooField>> fieldsGet(String model) {
		OdooCall call = new OdooCall(model, "fields_get");
		return call(call, Map.of("attributes", OdooResults.FIELD_ATTRIBUTES))
			.map((result) -> OdooResults.fields(call, result));
	}

	@Override
	public Mono<JsonNode> call(OdooCall call, Map<String, ?> arguments) {
		return this.http.post(call, "/json/2/" + call.model() + "/" + call.method(), (headers) -> {
			headers.set("Authorization", "bearer " + this.properties.password());
			headers.set("X-Odoo-Database", this.properties.db());
		}, OdooResults.write(arguments), (response) -> decode(call, response));
	}

	private JsonNode decode(OdooCall call, OdooResponse response) {
		OdooFailures failures = this.http.failures();
		if (response.status() == 200) {
			JsonNode result = OdooResults.parse(response.body());
			if (result == null) {
				throw failures.of(OdooErrorKind.PROTOCOL, "Odoo's answer to " + call + " is not JSON");
			}
			return result;
		}
		JsonNode error = OdooResults.parse(response.body());
		boolean odooError = error != null && error.path("name").isString();
		if (!odooError || response.status() == 429 || response.status() == 503) {
			throw failures.status(call, response);
		}
		String name = error.path("name").asString();
		String message = error.path("message").asString("");
		if (response.status() == 401) {
			return fail(failures.odooError(call, name, message + "; check ODOO_PASSWORD (an API key for JSON-2)",
					OdooErrorKind.CREDENTIALS_REJECTED));
		}
		return fail(failures.odooError(call, name, message));
	}

	private static JsonNode fail(OdooException failure) {
		throw failure;
	}

}
