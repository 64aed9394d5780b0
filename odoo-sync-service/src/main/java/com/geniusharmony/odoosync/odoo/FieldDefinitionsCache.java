package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.odoosync.config.RedisAvailability;
import com.geniusharmony.odoosync.config.RedisKeys;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Keeps each model's field definitions ({@code fields_get}) in Redis for
 * {@code ODOO_CACHE_TTL}, shared by every instance, so that the sync reads them from Odoo
 * once per period instead of once per batch. Every other call goes straight through.
 * Redis being unreachable only costs the cache: the definitions are then read from Odoo
 * (and Redis is left alone for a while, see {@link RedisAvailability}).
 * {@code ODOO_CACHE_TTL=0} turns the cache off.
 */
final class FieldDefinitionsCache implements OdooClient {

	private final OdooClient odoo;

	private final ReactiveStringRedisTemplate redis;

	private final RedisAvailability availability;

	private final String keyPrefix;

	private final Duration ttl;

	FieldDefinitionsCache(OdooClient odoo, ReactiveStringRedisTemplate redis, RedisAvailability availability,
			RedisKeys keys, OdooProperties properties) {
		this.odoo = odoo;
		this.redis = redis;
		this.availability = availability;
		// one Odoo database's definitions are not another's
		// v2: entries carry the selections; older entries lack them and are not read
		this.keyPrefix = keys.key("odoo:fields:v2:" + properties.host() + ":" + properties.db() + ":");
		this.ttl = properties.cacheTtl();
	}

	@Override
	public Mono<Map<String, OdooField>> fieldsGet(String model) {
		if (this.ttl.isZero()) {
			return this.odoo.fieldsGet(model);
		}
		String key = this.keyPrefix + model;
		return this.availability.attempt(this.redis.opsForValue().get(key), Mono::empty)
			.flatMap((cached) -> Mono.justOrEmpty(decode(model, cached)))
			.switchIfEmpty(Mono.defer(() -> this.odoo.fieldsGet(model).flatMap((fields) -> store(key, fields))));
	}

	private static @Nullable Map<String, OdooField> decode(String model, String cached) {
		JsonNode definitions = OdooResults.parse(cached);
		// an entry that cannot be read is a miss, replaced by Odoo's answer
		return (definitions != null && definitions.isObject())
				? OdooResults.fields(new OdooCall(model, "fields_get"), definitions) : null;
	}

	private Mono<Map<String, OdooField>> store(String key, Map<String, OdooField> fields) {
		Map<String, Object> definitions = new LinkedHashMap<>();
		fields.forEach((name, field) -> {
			Map<String, Object> definition = new LinkedHashMap<>();
			definition.put("type", field.type());
			definition.put("required", field.required());
			if (field.relation() != null) {
				definition.put("relation", field.relation());
			}
			if (!field.selection().isEmpty()) {
				definition.put("selection", field.selection().stream().map((value) -> List.of(value, value)).toList());
			}
			definitions.put(name, definition);
		});
		return this.availability
			.attempt(this.redis.opsForValue().set(key, OdooResults.write(definitions), this.ttl),
					() -> Mono.just(false))
			.thenReturn(fields);
	}

	@Override
	public Mono<OdooVersion> version() {
		return this.odoo.version();
	}

	@Override
	public Mono<Long> authenticate() {
		return this.odoo.authenticate();
	}

	@Override
	public Mono<Void> openSession() {
		return this.odoo.openSession();
	}

	@Override
	public Mono<LoadResult> load(String model, List<String> fields, List<List<String>> rows) {
		return this.odoo.load(model, fields, rows);
	}

	@Override
	public Mono<List<JsonNode>> searchRead(String model, List<?> domain, List<String> fields, boolean includeArchived,
			@Nullable String order, int limit) {
		return this.odoo.searchRead(model, domain, fields, includeArchived, order, limit);
	}

	@Override
	public Mono<Void> write(String model, List<Long> ids, Map<String, Object> values) {
		return this.odoo.write(model, ids, values);
	}

	@Override
	public Mono<Void> unlink(String model, List<Long> ids) {
		return this.odoo.unlink(model, ids);
	}

}
