package com.geniusharmony.odooemulator.rpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

import com.geniusharmony.odooemulator.orm.Env;
import com.geniusharmony.odooemulator.orm.ModelDef;
import com.geniusharmony.odooemulator.orm.OdooError;
import com.geniusharmony.odooemulator.orm.RecordSnapshot;
import com.geniusharmony.odooemulator.orm.Signature;
import com.geniusharmony.odooemulator.orm.Signature.Param;
import com.geniusharmony.odooemulator.server.Call;
import com.geniusharmony.odooemulator.server.EmulatorRequest;
import com.geniusharmony.odooemulator.server.Endpoint;
import com.geniusharmony.odooemulator.server.HttpReply;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * The web client's JSON-RPC routes that RPC libraries (OdooRPC) use:
 * {@code /web/session/authenticate} (opens a session, sets the {@code session_id}
 * cookie), {@code /web/dataset/call_kw[/...]} (a model call in that session),
 * {@code /web/session/get_session_info}, {@code /web/session/destroy} and
 * {@code /web/webclient/version_info}.
 */
public final class WebEndpoint implements Endpoint {

	private static final Signature AUTHENTICATE = Signature.of("Session.authenticate", Param.required("db"),
			Param.required("login"), Param.required("password"), Param.optional("base_location"));

	private static final Signature CALL_KW = Signature.of("DataSet.call_kw", Param.required("model"),
			Param.required("method"), Param.required("args"), Param.required("kwargs"), Param.optional("path"));

	private final Backend backend;

	private final SessionInfo sessionInfo;

	public WebEndpoint(Backend backend, JsonMapper mapper) {
		this.backend = backend;
		this.sessionInfo = new SessionInfo(mapper);
	}

	@Override
	public HttpReply handle(EmulatorRequest request, Call call) {
		if (!List
			.of("/web/session/authenticate", "/web/session/get_session_info", "/web/session/destroy",
					"/web/webclient/version_info")
			.contains(request.path()) && call.route() != Call.Route.WEB_CALL_KW) {
			return HttpReply.html(404, "<!doctype html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n");
		}
		HttpReply rejection = JsonRpcRequests.reject(request, call);
		if (rejection != null) {
			return rejection;
		}
		JsonNode id = JsonRpcRequests.id(call);
		String sid = request.cookie("session_id");
		try {
			Map<String, JsonNode> params = JsonRpcRequests.params(call);
			return switch (request.path()) {
				case "/web/session/authenticate" -> authenticate(request, id, AUTHENTICATE.bindCall(List.of(), params));
				case "/web/webclient/version_info" ->
					HttpReply.json(200, RpcErrors.result(id, this.backend.version().json()));
				case "/web/session/destroy" -> {
					this.backend.sessions().close(sid);
					yield HttpReply.json(200, RpcErrors.result(id, NullNode.getInstance()));
				}
				case "/web/session/get_session_info" ->
					withSession(sid, RpcErrors.result(id, info(request, sessionUid(sid))));
				default -> callKw(id, sid, CALL_KW.bindCall(List.of(), params));
			};
		}
		catch (OdooError error) {
			return HttpReply.json(200, RpcErrors.error(id, error));
		}
	}

	private HttpReply authenticate(EmulatorRequest request, JsonNode id, Map<String, JsonNode> params) {
		if (!this.backend.database().equals(params.get("db").asString(""))) {
			throw OdooError.accessError("Database not found.");
		}
		String login = params.get("login").asString("");
		OptionalInt uid = this.backend.accounts().login(login, params.get("password").asString(""));
		if (uid.isEmpty()) {
			throw OdooError.accessDenied();
		}
		String sid = this.backend.sessions().open(uid.getAsInt());
		return withSession(sid, RpcErrors.result(id, info(request, uid.getAsInt())));
	}

	private HttpReply callKw(JsonNode id, String sid, Map<String, JsonNode> params) {
		int uid = sessionUid(sid);
		String modelName = params.get("model").asString("");
		ModelDef model = this.backend.orm().model(modelName);
		if (model == null) {
			throw OdooError.keyError(modelName);
		}
		JsonNode kwargs = params.get("kwargs");
		Map<String, JsonNode> keywords = new LinkedHashMap<>();
		if (kwargs.isObject()) {
			kwargs.properties().forEach((entry) -> keywords.put(entry.getKey(), entry.getValue()));
		}
		JsonNode result = this.backend.orm()
			.callKw(Env.of(uid), model, params.get("method").asString(""),
					JsonRpcRequests.list(params.get("args"), "call_kw()"), keywords);
		return withSession(sid, RpcErrors.result(id, result));
	}

	private int sessionUid(@Nullable String sid) {
		Integer uid = this.backend.sessions().uid(sid);
		if (uid == null) {
			throw OdooError.sessionExpired();
		}
		return uid;
	}

	private JsonNode info(EmulatorRequest request, int uid) {
		String login = this.backend.accounts().loginOf(uid);
		RecordSnapshot user = find("res.users", uid);
		Object partnerId = user.values().get("partner_id");
		RecordSnapshot partner = find("res.partner", (partnerId instanceof Integer id) ? id : 0);
		String host = request.header("Host");
		return this.sessionInfo.render(this.backend, uid, (login != null) ? login : "", user, partner,
				"http://" + ((host != null) ? host : "localhost"));
	}

	private RecordSnapshot find(String model, int id) {
		return this.backend.orm()
			.snapshot(model)
			.stream()
			.filter((record) -> record.id() == id)
			.findFirst()
			.orElseGet(() -> new RecordSnapshot(id, List.of(), Map.of()));
	}

	private static HttpReply withSession(@Nullable String sid, JsonNode body) {
		HttpReply reply = HttpReply.json(200, body);
		return (sid != null) ? reply.withHeader("Set-Cookie", Sessions.cookie(sid)) : reply;
	}

}
