package com.geniusharmony.odooemulator.rpc;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.geniusharmony.odooemulator.orm.OdooError;
import com.geniusharmony.odooemulator.orm.Signature;
import com.geniusharmony.odooemulator.orm.Signature.Param;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.StringNode;

/**
 * The {@code common} service: {@code version}, {@code login} and {@code authenticate} (a
 * user id, or {@code false} for wrong credentials, never an error), {@code about}.
 */
final class CommonService {

	private static final Signature LOGIN = Signature.function("exp_login", Param.required("db"),
			Param.required("login"), Param.required("password"));

	private static final Signature AUTHENTICATE = Signature.function("exp_authenticate", Param.required("db"),
			Param.required("login"), Param.required("password"), Param.required("user_agent_env"));

	private final Backend backend;

	CommonService(Backend backend) {
		this.backend = backend;
	}

	JsonNode dispatch(String method, List<JsonNode> args) {
		return switch (method) {
			case "version" -> {
				Signature.function("exp_version").bindCall(args, Map.of());
				yield this.backend.version().json();
			}
			case "about" -> {
				Signature.function("exp_about", Param.optional("extended")).bindCall(args, Map.of());
				yield StringNode.valueOf("See http://openerp.com");
			}
			case "login" -> login(LOGIN.bindCall(args, Map.of()));
			case "authenticate" -> login(AUTHENTICATE.bindCall(args, Map.of()));
			default -> throw OdooError.exception("Method not found: " + method);
		};
	}

	private JsonNode login(Map<String, JsonNode> args) {
		this.backend.checkDatabase(args.get("db").asString(""));
		OptionalInt uid = this.backend.accounts()
			.login(args.get("login").asString(""), args.get("password").asString(""));
		return uid.isPresent() ? IntNode.valueOf(uid.getAsInt()) : BooleanNode.FALSE;
	}

}
