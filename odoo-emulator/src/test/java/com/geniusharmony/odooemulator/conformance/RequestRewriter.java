package com.geniusharmony.odooemulator.conformance;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces, in a transcript's request, the record ids recorded from Odoo by the ids the
 * emulator gave the same records: the user id of {@code execute_kw}, the ids of record
 * methods, ids in domains and many2one values. Ids not seen yet (a deliberately
 * nonexistent one) are kept.
 */
final class RequestRewriter {

	private final RecordedFields fields;

	private final IdMap ids;

	RequestRewriter(RecordedFields fields, IdMap ids) {
		this.fields = fields;
		this.ids = ids;
	}

	JsonNode rewrite(RecordedCall call) {
		JsonNode body = call.body();
		if (call.model() == null) {
			return body;
		}
		String model = call.model();
		ObjectNode params = call.params();
		if (call.kind().equals("object") && params != null && params.path("args").path(1).isIntegralNumber()) {
			ArrayNode args = (ArrayNode) params.get("args");
			args.set(1, map("res.users", args.get(1)));
		}
		JsonNode callArgs = call.callArgs();
		if (callArgs instanceof ArrayNode positional && !positional.isEmpty()) {
			if (RecordedCall.RECORD_METHODS.contains(call.method())) {
				positional.set(0, mapAll(model, positional.get(0)));
				if (call.method().equals("write") && positional.size() > 1) {
					rewriteValues(model, positional.get(1));
				}
			}
			else if (call.method().equals("create")) {
				JsonNode values = positional.get(0);
				if (values.isArray()) {
					values.forEach((one) -> rewriteValues(model, one));
				}
				else {
					rewriteValues(model, values);
				}
			}
			else if (call.method().startsWith("search")) {
				rewriteDomain(model, positional.get(0));
			}
		}
		if (call.method().startsWith("search")) {
			rewriteDomain(model, call.kwargs().path("domain"));
		}
		return body;
	}

	private void rewriteValues(String model, JsonNode values) {
		if (values instanceof ObjectNode object) {
			for (String field : object.propertyNames().stream().toList()) {
				String relation = this.fields.relation(model, field);
				if (relation != null && !this.fields.isMany2many(model, field)) {
					object.set(field, mapAll(relation, object.get(field)));
				}
			}
		}
	}

	private void rewriteDomain(String model, JsonNode domain) {
		for (JsonNode term : domain) {
			if (term instanceof ArrayNode leaf && leaf.size() == 3 && leaf.get(0).isString()) {
				String field = leaf.get(0).stringValue();
				String target = field.equals("id") ? model : this.fields.relation(model, field);
				if (target != null) {
					leaf.set(2, mapAll(target, leaf.get(2)));
				}
			}
		}
	}

	private JsonNode mapAll(String model, JsonNode value) {
		if (value instanceof ArrayNode array) {
			ArrayNode mapped = array.arrayNode();
			array.forEach((item) -> mapped.add(map(model, item)));
			return mapped;
		}
		return map(model, value);
	}

	private JsonNode map(String model, JsonNode value) {
		if (!value.isIntegralNumber()) {
			return value;
		}
		Long actual = this.ids.actual(model, value.longValue());
		return (actual != null) ? IntNode.valueOf(actual.intValue()) : value;
	}

}
