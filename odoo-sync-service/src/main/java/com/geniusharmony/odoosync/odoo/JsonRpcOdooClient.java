package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import org.jspecify.annotations.Nullable;

/**
 * Odoo over JSON-RPC ({@code POST /jsonrpc}), as every Odoo version serves it:
 * {@code common.login} once for the user id, then
 * {@code object.execute_kw(db, uid, password, model, method, args, kwargs)} with
 * positional arguments. Odoo answers errors as HTTP 200 with an {@code error} object
 * whose {@code data.name} tells the kind.
 */
final class JsonRpcOdooClient implements OdooProtocolClient {

	private static final Logger logger = LoggerFactory.getLogger(JsonRpcOdooClient.class);

	private final OdooHttp http;

	private final OdooProperties properties;

	private final AtomicLong requestIds = new AtomicLong();

	// the user id, asked once; a failure is not kept, so the next call asks again
	private final Mono<Long> uid;

	JsonRpcOdooClient(OdooHttp http, OdooProperties properties) {
		this.http = http;
		this.properties = properties;
		this.uid = login().cache((uid) -> Duration.ofMillis(Long.MAX_VALUE), (failure) -> Duration.ZERO,
				() -> Duration.ZERO);
	}

	@Override
	public Mono<OdooVersion> version() {
		OdooCall call = OdooCall.common("version");
		return rpc(call, "common", List.of()).map(OdooResults::version);
	}

	@Override
	public Mono<Long> authenticate() {
		return login();
	}

	@Override
	public Mono<Void> openSession() {
		return this.uid.then();
	}

	@Override
	public Mono<LoadResult> load(String model, List<String> fields, List<List<String>> rows) {
		OdooCall call = new OdooCall(model, "load");
		return execute(call, List.of(fields, rows), Map.of()).map((result) -> OdooResults.load(call, result));
	}

	@Override
	public Mono<List<JsonNode>> searchRead(String model, List<?> domain, List<String> fields, boolean includeArchived,
			@Nullable String order, int limit) {
		OdooCall call = new OdooCall(model, "search_read");
		Map<String, Object> kwargs = new LinkedHashMap<>();
		kwargs.put("fields", fields);
		if (order != null) {
			kwargs.put("order", order);
		}
		if (limit > 0) {
			kwargs.put("limit", limit);
		}
		if (includeArchived) {
			kwargs.put("context", Map.of("active_test", false));
		}
		return execute(call, List.of(domain), kwargs).map((result) -> OdooResults.records(call, result));
	}

	@Override
	public Mono<Void> write(String model, List<Long> ids, Map<String, Object> values) {
		return execute(new OdooCall(model, "write"), List.of(ids, values), Map.of()).then();
	}

	@Override
	public Mono<Void> unlink(String model, List<Long> ids) {
		return execute(new OdooCall(model, "unlink"), List.of(ids), Map.of()).then();
	}

	@Override
	public Mono<Map<String, OdooField>> fieldsGet(String model) {
		OdooCall call = new OdooCall(model, "fields_get");
		return execute(call, List.of(), Map.of("attributes", OdooResults.FIELD_ATTRIBUTES))
			.map((result) -> OdooResults.fields(call, result));
	}

	@Override
	public Mono<JsonNode> call(OdooCall call, Map<String, ?> arguments) {
		return execute(call, List.of(), arguments);
	}

	private Mono<JsonNode> execute(OdooCall call, List<?> args, Map<String, ?> kwargs) {
		return this.uid.flatMap((uid) -> rpc(call, "object", List.of(this.properties.db(), uid,
				this.properties.password(), call.model(), call.method(), args, kwargs)));
	}

	private Mono<Long> login() {
		OdooCall call = OdooCall.common("login");
		return rpc(call, "common",
				List.of(this.properties.db(), this.properties.username(), this.properties.password()))
			.map((result) -> {
				if (result.isBoolean() && !result.asBoolean()) {
					throw this.http.failures()
						.of(OdooErrorKind.CREDENTIALS_REJECTED,
								"Odoo refused the login of " + this.properties.username() + " on database "
										+ this.properties.db() + ": wrong ODOO_USERNAME or ODOO_PASSWORD");
				}
				long uid = OdooResults.uid(call, result);
				logger.info("Logged in to Odoo at {} (database {}) as user {}", this.properties.baseUrl(),
						this.properties.db(), uid);
				return uid;
			});
	}

	private Mono<JsonNode> rpc(OdooCall call, String service, List<?> args) {
		Map<String, Object> params = Map.of("service", service, "method",
				service.equals("object") ? "execute_kw" : call.method(), "args", args);
		String body = OdooResults.write(
				Map.of("jsonrpc", "2.0", "method", "call", "params", params, "id", this.requestIds.incrementAndGet()));
		return this.http.post(call, "/jsonrpc", (headers) -> {
		}, body, (response) -> decode(this.http.failures(), call, response));
	}

	/**
	 * The result of a JSON-RPC answer ({@code /jsonrpc}, or a JSON route of the web
	 * client), or the failure it reports.
	 */
	static JsonNode decode(OdooFailures failures, OdooCall call, OdooResponse response) {
		if (response.status() != 200) {
			throw failures.status(call, response);
		}
		JsonNode answer = OdooResults.parse(response.body());
		if (answer == null || !answer.isObject()) {
			throw failures.of(OdooErrorKind.PROTOCOL, "Odoo's answer to " + call + " is not JSON-RPC");
		}
		JsonNode error = answer.get("error");
		if (error != null) {
			JsonNode data = error.path("data");
			throw failures.odooError(call, data.path("name").asString("unknown"),
					data.path("message").asString(error.path("message").asString("")));
		}
		// Odoo leaves the result out when a method returns None
		JsonNode result = answer.get("result");
		return (result != null) ? result : NullNode.getInstance();
	}

}
