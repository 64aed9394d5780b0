package com.geniusharmony.odooemulator.rpc;

import com.geniusharmony.odooemulator.orm.OdooError;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serializes errors as Odoo's {@code serialize_exception} does ({@code name},
 * {@code debug}, {@code message}, {@code arguments}, {@code context}), and builds
 * JSON-RPC answers: {@code result}, or an {@code error} with code 200 and message
 * {@code Odoo Server Error} (100 and {@code Odoo Session Expired} for an expired
 * session).
 */
public final class RpcErrors {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private RpcErrors() {
	}

	/**
	 * The serialized exception.
	 * @param error the error
	 * @return its JSON
	 */
	public static ObjectNode serialize(OdooError error) {
		ObjectNode data = JSON.objectNode();
		data.put("name", error.type());
		data.put("message", error.getMessage());
		ArrayNode arguments = data.putArray("arguments");
		for (Object argument : error.arguments()) {
			if (argument instanceof Integer number) {
				arguments.add(number);
			}
			else {
				arguments.add(String.valueOf(argument));
			}
		}
		data.putObject("context");
		data.put("debug", "Traceback (most recent call last):\n  File \"<odoo-emulator>\", line 1, in <module>\n"
				+ error.type() + ": " + error.getMessage() + "\n");
		return data;
	}

	/**
	 * A JSON-RPC answer carrying a result; a null result is left out, as Odoo does.
	 * @param id the request id
	 * @param result the result
	 * @return the answer
	 */
	public static ObjectNode result(JsonNode id, JsonNode result) {
		ObjectNode response = envelope(id);
		if (!result.isNull()) {
			response.set("result", result);
		}
		return response;
	}

	/**
	 * A JSON-RPC answer carrying an error.
	 * @param id the request id
	 * @param error the error
	 * @return the answer
	 */
	public static ObjectNode error(JsonNode id, OdooError error) {
		ObjectNode response = envelope(id);
		ObjectNode body = response.putObject("error");
		boolean expired = error.type().equals("odoo.http.SessionExpiredException");
		body.put("code", expired ? 100 : 200);
		body.put("message", expired ? "Odoo Session Expired" : "Odoo Server Error");
		body.set("data", serialize(error));
		return response;
	}

	private static ObjectNode envelope(JsonNode id) {
		ObjectNode response = JSON.objectNode();
		response.put("jsonrpc", "2.0");
		response.set("id", id);
		return response;
	}

}
