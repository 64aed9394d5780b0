package com.geniusharmony.odooemulator.json2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.geniusharmony.odooemulator.orm.Env;
import com.geniusharmony.odooemulator.orm.ModelDef;
import com.geniusharmony.odooemulator.orm.OdooError;
import com.geniusharmony.odooemulator.rpc.Backend;
import com.geniusharmony.odooemulator.rpc.RpcErrors;
import com.geniusharmony.odooemulator.server.Call;
import com.geniusharmony.odooemulator.server.EmulatorRequest;
import com.geniusharmony.odooemulator.server.Endpoint;
import com.geniusharmony.odooemulator.server.HttpReply;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /json/2/<model>/<method>}, as Odoo 19's {@code WebJson2Controller}:
 * {@code Authorization: bearer
 * <API key>} (401 without a valid one), {@code X-Odoo-Database} if given must name the
 * database, a JSON object of named arguments ({@code ids}, {@code context} and the
 * method's parameters), each call its own transaction. Success is 200 with the bare
 * result; an unknown model or method is 404, arguments that do not fit the method 422, an
 * Odoo {@code UserError} its own status (422, or 403 for access, 404 for a missing
 * record), anything else 500.
 */
public final class Json2Endpoint implements Endpoint {

	private static final Pattern BEARER = Pattern.compile("^bearer\\s+(.+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern PATH = Pattern.compile("^/json/2/([^/]+)/([^/]+)$");

	private final Backend backend;

	public Json2Endpoint(Backend backend) {
		this.backend = backend;
	}

	@Override
	public HttpReply handle(EmulatorRequest request, Call call) {
		try {
			Matcher path = PATH.matcher(request.path());
			if (!path.matches() || !request.method().equals("POST")) {
				throw OdooError.http(404, "Did you mean POST /json/2/<model>/<method>?");
			}
			int uid = authenticate(request);
			Map<String, JsonNode> params = body(request, call);
			JsonNode ids = params.remove("ids");
			JsonNode context = params.remove("context");
			ModelDef model = this.backend.orm().model(path.group(1));
			if (model == null) {
				throw OdooError.http(404, "the model '" + path.group(1) + "' does not exist");
			}
			Env env = (context != null) ? Env.of(uid).withContext(context) : Env.of(uid);
			List<Integer> recordIds = (ids != null) ? ids(ids) : List.of();
			JsonNode result = this.backend.orm().callNamed(env, model, method(model, path.group(2)), recordIds, params);
			return HttpReply.json(200, result);
		}
		catch (OdooError error) {
			HttpReply reply = HttpReply.json(error.httpStatus(), RpcErrors.serialize(error));
			return (error.httpStatus() == 401) ? reply.withHeader("WWW-Authenticate", "Bearer") : reply;
		}
	}

	private int authenticate(EmulatorRequest request) {
		String authorization = request.header("Authorization");
		Matcher bearer = (authorization != null) ? BEARER.matcher(authorization.trim()) : null;
		if (bearer == null || !bearer.matches()) {
			throw OdooError.http(401, "User not authenticated, use the \"Authorization\" header");
		}
		OptionalInt uid = this.backend.accounts().apiKey(bearer.group(1).trim());
		if (uid.isEmpty()) {
			throw OdooError.http(401, "Invalid apikey");
		}
		String database = request.header("X-Odoo-Database");
		if (database != null && !database.equals(this.backend.database())) {
			throw OdooError.http(404, "database '" + database + "' not found");
		}
		return uid.getAsInt();
	}

	private static Map<String, JsonNode> body(EmulatorRequest request, Call call) {
		Map<String, JsonNode> params = new LinkedHashMap<>();
		if (request.body().length == 0) {
			return params;
		}
		if (!request.mediaType().equals("application/json")) {
			throw OdooError.http(400, "State-changing json2 requests must use the 'application/json' Content-Type "
					+ "(CSRF protection).");
		}
		JsonNode json = call.json();
		if (call.malformed() || json == null) {
			throw OdooError.http(400, "could not parse the body as json");
		}
		if (!json.isObject()) {
			throw OdooError.http(400, "could not parse the body, expecting a json object");
		}
		json.properties().forEach((entry) -> params.put(entry.getKey(), entry.getValue()));
		return params;
	}

	private String method(ModelDef model, String name) {
		try {
			this.backend.orm().isModelMethod(model, name);
			return name;
		}
		catch (OdooError error) {
			// JSON-2 answers 404 for a method that does not exist (Odoo's AttributeError
			// becomes NotFound).
			throw error.type().equals("builtins.AttributeError") ? OdooError.http(404, error.getMessage()) : error;
		}
	}

	private static List<Integer> ids(JsonNode ids) {
		if (!ids.isArray() || !ids.valueStream().allMatch(JsonNode::isIntegralNumber)) {
			throw OdooError.http(422, "ids must be a list of integers");
		}
		return ids.valueStream().map(JsonNode::intValue).toList();
	}

}
