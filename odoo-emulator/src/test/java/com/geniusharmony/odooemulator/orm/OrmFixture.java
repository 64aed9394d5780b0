package com.geniusharmony.odooemulator.orm;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An in-memory database with Odoo's base data, called as JSON-RPC's {@code call_kw}
 * would, as user 2.
 */
final class OrmFixture {

	static final JsonMapper mapper = JsonMapper.builder().build();

	final Orm orm;

	OrmFixture() {
		this(18);
	}

	OrmFixture(int version) {
		Database db = new Database(ModelRegistry.load(version),
				Clock.fixed(Instant.parse("2026-11-24T19:18:19Z"), ZoneOffset.UTC));
		BaseData.seed(db, "admin");
		this.orm = new Orm(db);
	}

	JsonNode call(String model, String method, Object... args) {
		return callKw(model, method, List.of(args), Map.of());
	}

	JsonNode callKw(String model, String method, List<?> args, Map<String, ?> kwargs) {
		List<JsonNode> positional = new ArrayList<>();
		args.forEach((arg) -> positional.add(mapper.valueToTree(arg)));
		Map<String, JsonNode> keywords = new LinkedHashMap<>();
		kwargs.forEach((key, value) -> keywords.put(key, mapper.valueToTree(value)));
		return this.orm.callKw(Env.of(2), this.orm.model(model), method, positional, keywords);
	}

	OdooError error(String model, String method, Object... args) {
		return assertThatExceptionOfType(OdooError.class).isThrownBy(() -> call(model, method, args)).actual();
	}

	OdooError errorKw(String model, String method, List<?> args, Map<String, ?> kwargs) {
		return assertThatExceptionOfType(OdooError.class).isThrownBy(() -> callKw(model, method, args, kwargs))
			.actual();
	}

	int create(String model, Map<String, ?> values) {
		return call(model, "create", values).intValue();
	}

	JsonNode read(String model, int id, String... fields) {
		return call(model, "read", List.of(id), List.of(fields)).get(0);
	}

	int count(String model, Object domain) {
		return callKw(model, "search_count", List.of(domain), Map.of("context", Map.of("active_test", false)))
			.intValue();
	}

}
