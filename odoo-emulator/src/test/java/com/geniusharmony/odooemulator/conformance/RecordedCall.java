package com.geniusharmony.odooemulator.conformance;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a transcript's request calls: a {@code common} method, the web session, or a model
 * method (through {@code execute_kw} or {@code call_kw}) with its arguments.
 *
 * @param kind {@code common}, {@code object}, {@code web_authenticate}, {@code call_kw}
 * or {@code other}
 * @param model the model of a model call, or null
 * @param method the method
 * @param body the request body (a copy, for rewriting)
 */
record RecordedCall(String kind, @Nullable String model, String method, JsonNode body) {

	/** Methods whose first argument is record ids. */
	static final Set<String> RECORD_METHODS = Set.of("read", "write", "unlink", "exists", "action_archive",
			"action_unarchive");

	static RecordedCall of(Transcript transcript) {
		JsonNode body = transcript.request().body().deepCopy();
		JsonNode params = body.path("params");
		String path = transcript.request().path();
		if (path.equals("/web/session/authenticate")) {
			return new RecordedCall("web_authenticate", null, "authenticate", body);
		}
		if (path.startsWith("/web/dataset/call_kw")) {
			return new RecordedCall("call_kw", params.path("model").asString(""), params.path("method").asString(""),
					body);
		}
		String service = params.path("service").asString("");
		if (service.equals("object") && params.path("args").path(3).isString()) {
			return new RecordedCall("object", params.path("args").path(3).stringValue(),
					params.path("args").path(4).asString(""), body);
		}
		return new RecordedCall(service.isEmpty() ? "other" : service, null, params.path("method").asString(""), body);
	}

	/**
	 * The model method's positional arguments, or a missing node.
	 */
	JsonNode callArgs() {
		JsonNode params = this.body.path("params");
		return this.kind.equals("call_kw") ? params.path("args")
				: this.kind.equals("object") ? params.path("args").path(5) : MissingNode.getInstance();
	}

	/**
	 * The model method's keyword arguments, or a missing node.
	 */
	JsonNode kwargs() {
		JsonNode params = this.body.path("params");
		return this.kind.equals("call_kw") ? params.path("kwargs")
				: this.kind.equals("object") ? params.path("args").path(6) : MissingNode.getInstance();
	}

	/**
	 * The arguments of {@code execute_kw} (db, uid, password...), or null.
	 */
	@Nullable ObjectNode params() {
		JsonNode params = this.body.path("params");
		return (params instanceof ObjectNode object) ? object : null;
	}

}
