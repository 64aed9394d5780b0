package com.geniusharmony.odooemulator.server;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * What a request calls, found before it is processed so that faults, counts and the
 * throttle can depend on it: the route, the model and method, the number of records it
 * would ingest, and its parsed JSON body.
 *
 * @param route the kind of endpoint
 * @param json the parsed body, or null if empty or not JSON
 * @param malformed whether the body is not JSON
 * @param model the model, or null for calls without one
 * @param method the model's method, or the service's ({@code login})
 * @param label how counts name the call ({@code res.partner/create},
 * {@code common/login})
 * @param ingestUnits the records a {@code create} or the rows a {@code load} brings
 */
public record Call(Route route, @Nullable JsonNode json, boolean malformed, @Nullable String model, String method,
		String label, int ingestUnits) {

	/**
	 * Finds what a request calls.
	 * @param request the request
	 * @param mapper the JSON mapper
	 * @return the call
	 */
	public static Call of(EmulatorRequest request, JsonMapper mapper) {
		Route route = Route.of(request.path());
		JsonNode json = null;
		boolean malformed = false;
		if (request.body().length > 0 && route != Route.OTHER) {
			try {
				json = mapper.readTree(request.body());
			}
			catch (RuntimeException ex) {
				malformed = true;
			}
		}
		JsonNode params = (json != null) ? json.path("params") : null;
		return switch (route) {
			case JSONRPC -> jsonRpc(json, malformed, params);
			case WEB_CALL_KW -> modelCall(route, json, malformed, text(params, "model"), text(params, "method"),
					(params != null) ? params.path("args").path(0) : null,
					(params != null) ? params.path("args").path(1) : null);
			case JSON2 -> json2(request.path(), json, malformed);
			case WEB, WEB_AUTHENTICATE -> new Call(route, json, malformed, null,
					request.path().substring(request.path().lastIndexOf('/') + 1), request.path().substring(1), 0);
			default -> new Call(route, json, malformed, null, request.method(), "http/other", 0);
		};
	}

	private static Call jsonRpc(@Nullable JsonNode json, boolean malformed, @Nullable JsonNode params) {
		String service = text(params, "service");
		String method = text(params, "method");
		JsonNode args = (params != null) ? params.path("args") : null;
		if ("object".equals(service) && args != null && args.path(3).isString() && args.path(4).isString()) {
			JsonNode callArgs = args.path(5);
			return modelCall(Route.JSONRPC, json, malformed, args.path(3).stringValue(), args.path(4).stringValue(),
					callArgs.path(0), callArgs.path(1));
		}
		return new Call(Route.JSONRPC, json, malformed, null, method, service + "/" + method, 0);
	}

	private static Call json2(String path, @Nullable JsonNode json, boolean malformed) {
		String[] parts = path.split("/");
		if (parts.length != 5) {
			return new Call(Route.JSON2, json, malformed, null, "?", "json/2", 0);
		}
		JsonNode body = (json != null) ? json : MissingNode.getInstance();
		return modelCall(Route.JSON2, json, malformed, parts[3], parts[4], body.path("vals_list"), body.path("data"));
	}

	private static Call modelCall(Route route, @Nullable JsonNode json, boolean malformed, String model, String method,
			@Nullable JsonNode first, @Nullable JsonNode second) {
		int units = 0;
		if (method.equals("create") && first != null) {
			units = first.isArray() ? first.size() : first.isObject() ? 1 : 0;
		}
		else if (method.equals("load") && second != null && second.isArray()) {
			units = second.size();
		}
		return new Call(route, json, malformed, model, method, model + "/" + method, units);
	}

	private static String text(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && value.isString()) ? value.stringValue() : "?";
	}

	/**
	 * The kinds of endpoint.
	 */
	public enum Route {

		JSONRPC, WEB_AUTHENTICATE, WEB_CALL_KW, WEB, JSON2, ADMIN, OTHER;

		static Route of(String path) {
			if (path.equals("/jsonrpc")) {
				return JSONRPC;
			}
			if (path.equals("/web/session/authenticate")) {
				return WEB_AUTHENTICATE;
			}
			if (path.equals("/web/dataset/call_kw") || path.startsWith("/web/dataset/call_kw/")) {
				return WEB_CALL_KW;
			}
			if (path.startsWith("/web/")) {
				return WEB;
			}
			if (path.equals("/json/2") || path.startsWith("/json/2/")) {
				return JSON2;
			}
			return path.startsWith("/__emulator") ? ADMIN : OTHER;
		}

	}

}
