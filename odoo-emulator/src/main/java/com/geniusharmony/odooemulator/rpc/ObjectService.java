package com.geniusharmony.odooemulator.rpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.odooemulator.orm.Env;
import com.geniusharmony.odooemulator.orm.OdooError;
import com.geniusharmony.odooemulator.orm.Signature;
import com.geniusharmony.odooemulator.orm.Signature.Param;

import tools.jackson.databind.JsonNode;

/**
 * The {@code object} service:
 * {@code execute_kw(db, uid, password, model, method, args, kwargs)} and
 * {@code execute(db, uid, password, model, method, *args)}. The database and credentials
 * are checked on every call; a wrong password is an {@code AccessDenied} error.
 */
final class ObjectService {

	private static final Signature EXECUTE_KW = Signature.function("execute_kw", Param.required("db"),
			Param.required("uid"), Param.required("obj"), Param.required("method"), Param.required("args"),
			Param.optional("kw"));

	private final Backend backend;

	ObjectService(Backend backend) {
		this.backend = backend;
	}

	JsonNode dispatch(String method, List<JsonNode> params) {
		if (params.size() < 3) {
			throw OdooError.indexError("list index out of range");
		}
		String db = params.get(0).asString("");
		int uid = uid(params.get(1));
		this.backend.checkDatabase(db);
		if (!this.backend.accounts().check(uid, params.get(2).asString(""))) {
			throw OdooError.accessDenied();
		}
		List<JsonNode> rest = new java.util.ArrayList<>(List.of(params.get(0), params.get(1)));
		rest.addAll(params.subList(3, params.size()));
		if (method.equals("execute_kw")) {
			Map<String, JsonNode> bound = EXECUTE_KW.bindCall(rest, Map.of());
			JsonNode kw = bound.get("kw");
			Map<String, JsonNode> kwargs = new LinkedHashMap<>();
			if (kw != null && kw.isObject()) {
				kw.properties().forEach((entry) -> kwargs.put(entry.getKey(), entry.getValue()));
			}
			else if (kw != null && !kw.isNull()) {
				throw OdooError.typeError("argument after ** must be a mapping, not " + kw.getNodeType());
			}
			return call(uid, bound.get("obj"), bound.get("method"),
					JsonRpcRequests.list(bound.get("args"), "execute_kw()"), kwargs);
		}
		if (method.equals("execute")) {
			if (rest.size() < 4) {
				throw OdooError.typeError("execute() missing required positional arguments: 'obj' and 'method'");
			}
			return call(uid, rest.get(2), rest.get(3), rest.subList(4, rest.size()), Map.of());
		}
		throw OdooError.nameError("Method not available " + method);
	}

	private JsonNode call(int uid, JsonNode model, JsonNode method, List<JsonNode> args, Map<String, JsonNode> kwargs) {
		return this.backend.orm()
			.callKw(Env.of(uid), this.backend.model(model.asString("")), method.asString(""), args, kwargs);
	}

	private static int uid(JsonNode value) {
		if (value.isIntegralNumber()) {
			return value.intValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue() ? 1 : 0;
		}
		if (value.isString()) {
			try {
				return Integer.parseInt(value.stringValue().strip());
			}
			catch (NumberFormatException ex) {
				throw OdooError.valueError("invalid literal for int() with base 10: '" + value.stringValue() + "'");
			}
		}
		throw OdooError.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
				+ (value.isNull() ? "NoneType" : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)) + "'");
	}

}
