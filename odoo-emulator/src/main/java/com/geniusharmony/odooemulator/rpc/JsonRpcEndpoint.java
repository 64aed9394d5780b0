package com.geniusharmony.odooemulator.rpc;

import java.util.List;
import java.util.Map;

import com.geniusharmony.odooemulator.orm.OdooError;
import com.geniusharmony.odooemulator.orm.Signature;
import com.geniusharmony.odooemulator.orm.Signature.Param;
import com.geniusharmony.odooemulator.server.Call;
import com.geniusharmony.odooemulator.server.EmulatorRequest;
import com.geniusharmony.odooemulator.server.Endpoint;
import com.geniusharmony.odooemulator.server.HttpReply;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code POST /jsonrpc}: {@code {"jsonrpc": "2.0", "method": "call", "params":
 * {"service", "method", "args"}}} dispatched to the {@code common}, {@code object} or
 * {@code db} service. Errors are HTTP 200 with a JSON-RPC {@code error}; only a body that
 * is not JSON is an HTTP 400.
 */
public final class JsonRpcEndpoint implements Endpoint {

	private static final Signature JSONRPC = Signature.of("RPC.jsonrpc", Param.required("service"),
			Param.required("method"), Param.required("args"));

	private final Backend backend;

	private final CommonService common;

	private final ObjectService object;

	public JsonRpcEndpoint(Backend backend) {
		this.backend = backend;
		this.common = new CommonService(backend);
		this.object = new ObjectService(backend);
	}

	@Override
	public HttpReply handle(EmulatorRequest request, Call call) {
		HttpReply rejection = JsonRpcRequests.reject(request, call);
		if (rejection != null) {
			return rejection;
		}
		JsonNode id = JsonRpcRequests.id(call);
		try {
			Map<String, JsonNode> params = JSONRPC.bindCall(List.of(), JsonRpcRequests.params(call));
			String service = params.get("service").asString("");
			String method = params.get("method").asString("");
			List<JsonNode> args = JsonRpcRequests.list(params.get("args"), "dispatch()");
			JsonNode result = switch (service) {
				case "common" -> this.common.dispatch(method, args);
				case "object" -> this.object.dispatch(method, args);
				case "db" -> db(method, args);
				default -> throw OdooError.keyError(service);
			};
			return HttpReply.json(200, RpcErrors.result(id, result));
		}
		catch (OdooError error) {
			return HttpReply.json(200, RpcErrors.error(id, error));
		}
	}

	private JsonNode db(String method, List<JsonNode> args) {
		return switch (method) {
			case "list" -> JsonNodeFactory.instance.arrayNode().add(this.backend.database());
			case "server_version" -> JsonNodeFactory.instance.stringNode(this.backend.version().serie());
			case "db_exist" -> JsonNodeFactory.instance
				.booleanNode(!args.isEmpty() && this.backend.database().equals(args.get(0).asString("")));
			default -> throw OdooError.keyError("exp_" + method);
		};
	}

}
