package com.geniusharmony.odooemulator.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.odooemulator.Throttle;
import com.geniusharmony.odooemulator.fault.ActiveFault;
import com.geniusharmony.odooemulator.fault.Fault;
import com.geniusharmony.odooemulator.stats.RequestCounts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of the admin API: counts, faults, throttle and records out, faults and
 * throttles in.
 */
final class AdminJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private AdminJson() {
	}

	static ObjectNode counts(RequestCounts counts) {
		ObjectNode json = JSON.objectNode();
		json.put("total", counts.total());
		json.put("max_per_second", counts.maxPerSecond());
		json.put("max_in_any_second", counts.maxInAnySecond());
		ObjectNode perSecond = json.putObject("per_second");
		counts.perSecond().forEach((second, count) -> perSecond.put(String.valueOf(second), count));
		ObjectNode perCall = json.putObject("per_call");
		counts.perCall()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> perCall.put(entry.getKey(), entry.getValue()));
		return json;
	}

	static ArrayNode faults(List<ActiveFault> faults) {
		ArrayNode array = JSON.arrayNode();
		for (ActiveFault active : faults) {
			Fault fault = active.fault();
			ObjectNode json = array.addObject();
			json.put("id", active.id());
			json.put("kind", fault.kind().name().toLowerCase(Locale.ROOT));
			if (fault.kind() == Fault.Kind.STATUS) {
				json.put("status", fault.status());
			}
			if (fault.kind() == Fault.Kind.LATENCY) {
				json.put("delay_ms", fault.delay().toMillis());
			}
			if (fault.retryAfter() != null) {
				json.put("retry_after", fault.retryAfter().toSeconds());
			}
			json.put("remaining", active.remaining());
			json.put("applied", active.applied());
			json.put("model", fault.model());
			json.put("method", fault.method());
		}
		return array;
	}

	static Fault fault(JsonNode json) {
		String kind = json.path("kind").asString("");
		Fault fault = switch (kind) {
			case "latency" -> Fault.latency(Duration.ofMillis(json.path("delay_ms").asLong(0)));
			case "status" -> Fault.status(json.path("status").asInt(503));
			case "timeout" -> Fault.timeout();
			case "drop_connection" -> Fault.dropConnection();
			case "drop_response" -> Fault.dropResponse();
			default -> throw new IllegalArgumentException(
					"kind must be latency, status, timeout, drop_connection or drop_response, not '" + kind + "'");
		};
		if (json.hasNonNull("retry_after")) {
			fault = fault.withRetryAfter(Duration.ofSeconds(json.get("retry_after").asLong()));
		}
		if (json.hasNonNull("times")) {
			fault = fault.times(json.get("times").asInt());
		}
		if (json.hasNonNull("model") && json.hasNonNull("method")) {
			fault = fault.onlyFor(json.get("model").asString(), json.get("method").asString());
		}
		else if (json.hasNonNull("model")) {
			fault = fault.onlyFor(json.get("model").asString());
		}
		return fault;
	}

	static ObjectNode throttle(Throttle throttle) {
		ObjectNode json = JSON.objectNode();
		json.put("per_created_record_ms", throttle.perCreatedRecord().toNanos() / 1e6);
		json.put("per_loaded_row_ms", throttle.perLoadedRow().toNanos() / 1e6);
		ObjectNode byModel = json.putObject("per_loaded_row_ms_by_model");
		throttle.perLoadedRowByModel().forEach((model, cost) -> byModel.put(model, cost.toNanos() / 1e6));
		json.put("workers", throttle.workers());
		return json;
	}

	static Throttle throttle(JsonNode json) {
		String preset = json.path("preset").asString("");
		if (preset.equals("odoo18")) {
			return Throttle.odoo18Measured().withWorkers(json.path("workers").asInt(1));
		}
		if (preset.equals("none")) {
			return Throttle.none();
		}
		Map<String, Duration> byModel = new HashMap<>();
		json.path("per_loaded_row_ms_by_model")
			.properties()
			.forEach((entry) -> byModel.put(entry.getKey(), millis(entry.getValue().asDouble())));
		return new Throttle(millis(json.path("per_created_record_ms").asDouble(0)),
				millis(json.path("per_loaded_row_ms").asDouble(0)), byModel, json.path("workers").asInt(1));
	}

	static ObjectNode record(OdooRecord record) {
		ObjectNode json = JSON.objectNode();
		json.put("id", record.id());
		ArrayNode externalIds = json.putArray("external_ids");
		record.externalIds().forEach(externalIds::add);
		ObjectNode values = json.putObject("values");
		record.values()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> values.set(entry.getKey(), value(entry.getValue())));
		return json;
	}

	private static JsonNode value(Object value) {
		if (value instanceof List<?> list) {
			ArrayNode array = JSON.arrayNode();
			list.forEach((item) -> array.add((Integer) item));
			return array;
		}
		if (value instanceof Boolean bool) {
			return JSON.booleanNode(bool);
		}
		if (value instanceof Number number) {
			return (value instanceof Double) ? JSON.numberNode(number.doubleValue())
					: JSON.numberNode(number.longValue());
		}
		if (value instanceof LocalDateTime datetime) {
			return JSON.stringNode(DATETIME.format(datetime));
		}
		if (value instanceof LocalDate date) {
			return JSON.stringNode(date.toString());
		}
		return JSON.stringNode(String.valueOf(value));
	}

	private static Duration millis(double millis) {
		return Duration.ofNanos((long) (millis * 1_000_000));
	}

}
