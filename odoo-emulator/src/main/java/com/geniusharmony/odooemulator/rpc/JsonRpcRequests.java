package com.geniusharmony.odooemulator.rpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.geniusharmony.odooemulator.orm.OdooError;
import com.geniusharmony.odooemulator.server.Call;
import com.geniusharmony.odooemulator.server.EmulatorRequest;
import com.geniusharmony.odooemulator.server.HttpReply;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * What every JSON-RPC route checks first, as Odoo's {@code JsonRPCDispatcher}: a JSON
 * content type, a JSON body (else 400 {@code Invalid JSON data}), an object with
 * {@code params}.
 */
final class JsonRpcRequests {

	private JsonRpcRequests() {
	}

	/**
	 * The answer refusing a request that is not JSON-RPC, or null.
	 */
	static @Nullable HttpReply reject(EmulatorRequest request, Call call) {
		String type = request.mediaType();
		if (!type.equals("application/json") && !type.equals("application/json-rpc")) {
			return HttpReply.html(400, "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n"
					+ "<h1>Bad Request</h1>\n<p>Request inferred type is compatible with [&#39;http&#39;] but &#39;"
					+ request.path() + "&#39; is type=&#39;json&#39;.\n\nPlease verify the Content-Type request header "
					+ "and try again.</p>\n");
		}
		JsonNode json = call.json();
		if (call.malformed() || json == null) {
			return HttpReply.html(400, "Invalid JSON data");
		}
		if (!json.isObject()) {
			return HttpReply.html(400, "Invalid JSON-RPC data");
		}
		return null;
	}

	static JsonNode id(Call call) {
		JsonNode json = call.json();
		JsonNode id = (json != null) ? json.get("id") : null;
		return (id != null) ? id : NullNode.getInstance();
	}

	static Map<String, JsonNode> params(Call call) {
		JsonNode json = call.json();
		JsonNode params = (json != null) ? json.get("params") : null;
		Map<String, JsonNode> map = new LinkedHashMap<>();
		if (params == null || params.isNull()) {
			return map;
		}
		if (!params.isObject()) {
			throw OdooError.typeError(
					"'" + params.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + "' object is not a mapping");
		}
		params.properties().forEach((entry) -> map.put(entry.getKey(), entry.getValue()));
		return map;
	}

	static List<JsonNode> list(JsonNode args, String what) {
		if (!args.isArray()) {
			throw OdooError.typeError(what + " argument after * must be an iterable, not "
					+ args.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
		}
		return args.valueStream().toList();
	}

}
