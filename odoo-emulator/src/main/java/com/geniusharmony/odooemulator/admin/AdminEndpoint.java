package com.geniusharmony.odooemulator.admin;

import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.orm.OdooError;
import com.geniusharmony.odooemulator.server.Call;
import com.geniusharmony.odooemulator.server.EmulatorRequest;
import com.geniusharmony.odooemulator.server.Endpoint;
import com.geniusharmony.odooemulator.server.HttpReply;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /__emulator/...}: {@code GET health}, {@code GET|DELETE stats},
 * {@code GET|POST|DELETE faults} (and {@code DELETE faults/<id>}),
 * {@code GET|PUT throttle}, {@code GET records/<model>},
 * {@code PATCH records/<model>/<id>} (a change made in Odoo by a person),
 * {@code POST sequences}, {@code POST reset}. Answers JSON; a bad request is a 400 with
 * {@code {"error": ...}}.
 */
public final class AdminEndpoint implements Endpoint {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final OdooEmulator emulator;

	private final JsonMapper mapper;

	public AdminEndpoint(OdooEmulator emulator, JsonMapper mapper) {
		this.emulator = emulator;
		this.mapper = mapper;
	}

	@Override
	public HttpReply handle(EmulatorRequest request, Call call) {
		String resource = request.path().substring("/__emulator".length());
		String method = request.method();
		try {
			if (resource.equals("/health") && method.equals("GET")) {
				return HttpReply.json(200,
						JSON.objectNode()
							.put("status", "UP")
							.put("database", this.emulator.config().database())
							.put("version", this.emulator.config().version()));
			}
			if (resource.equals("/stats")) {
				return stats(method);
			}
			if (resource.equals("/faults") || resource.startsWith("/faults/")) {
				return faults(method, resource, request);
			}
			if (resource.equals("/throttle")) {
				if (method.equals("PUT") || method.equals("POST")) {
					this.emulator.throttle(AdminJson.throttle(body(request)));
				}
				return HttpReply.json(200, AdminJson.throttle(this.emulator.throttle()));
			}
			if (resource.startsWith("/records/") && method.equals("PATCH")) {
				return editAsPerson(resource.substring("/records/".length()), request);
			}
			if (resource.startsWith("/records/") && method.equals("GET")) {
				ArrayNode records = JSON.arrayNode();
				this.emulator.records(resource.substring("/records/".length()))
					.forEach((record) -> records.add(AdminJson.record(record)));
				return HttpReply.json(200, records);
			}
			if (resource.equals("/sequences") && method.equals("POST")) {
				body(request).properties()
					.forEach((entry) -> this.emulator.restartSequence(entry.getKey(), entry.getValue().asInt()));
				return HttpReply.json(200, JSON.objectNode().put("restarted", true));
			}
			if (resource.equals("/reset") && method.equals("POST")) {
				this.emulator.reset();
				return HttpReply.json(200, JSON.objectNode().put("reset", true));
			}
			return HttpReply.json(404,
					JSON.objectNode().put("error", "no such admin resource: " + method + " " + request.path()));
		}
		catch (IllegalArgumentException | tools.jackson.core.JacksonException ex) {
			return HttpReply.json(400, JSON.objectNode().put("error", ex.getMessage()));
		}
	}

	/**
	 * {@code PATCH records/<model>/<id>}: a change made in Odoo by a person, not by the
	 * sync.
	 */
	private HttpReply editAsPerson(String path, EmulatorRequest request) {
		int slash = path.lastIndexOf('/');
		if (slash < 0) {
			throw new IllegalArgumentException("expected records/<model>/<id>, got records/" + path);
		}
		int id;
		try {
			id = Integer.parseInt(path.substring(slash + 1));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("the record id must be a number, got " + path.substring(slash + 1));
		}
		try {
			return HttpReply.json(200,
					AdminJson.record(this.emulator.editAsPerson(path.substring(0, slash), id, body(request))));
		}
		catch (OdooError ex) {
			return HttpReply.json(422, JSON.objectNode().put("error", ex.getMessage()).put("type", ex.type()));
		}
	}

	private HttpReply stats(String method) {
		if (method.equals("DELETE")) {
			this.emulator.resetRequestCounts();
		}
		return HttpReply.json(200, AdminJson.counts(this.emulator.requestCounts()));
	}

	private HttpReply faults(String method, String resource, EmulatorRequest request) {
		if (resource.startsWith("/faults/") && method.equals("DELETE")) {
			boolean removed = this.emulator.faults().remove(Long.parseLong(resource.substring("/faults/".length())));
			return HttpReply.json(removed ? 200 : 404, JSON.objectNode().put("removed", removed));
		}
		if (method.equals("POST")) {
			long id = this.emulator.faults().inject(AdminJson.fault(body(request)));
			ObjectNode answer = JSON.objectNode().put("id", id);
			return HttpReply.json(201, answer);
		}
		if (method.equals("DELETE")) {
			this.emulator.faults().clear();
		}
		return HttpReply.json(200, AdminJson.faults(this.emulator.faults().active()));
	}

	private JsonNode body(EmulatorRequest request) {
		return (request.body().length == 0) ? JSON.objectNode() : this.mapper.readTree(request.body());
	}

}
