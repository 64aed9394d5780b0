package com.geniusharmony.odoosync.sync;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.odoo.OdooField;
import com.geniusharmony.odoosync.odoo.OdooProperties;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The field definitions of the models the sync writes, read with {@code fields_get} and
 * kept for a while in memory: they only change when Odoo is upgraded, and every batch
 * needs them (which date fields a project has, whether a deadline is a date or a
 * datetime).
 */
@Component
class OdooFields {

	private final OdooClient odoo;

	private final Duration ttl;

	private final Map<String, Mono<Map<String, OdooField>>> byModel = new ConcurrentHashMap<>();

	OdooFields(OdooClient odoo, OdooProperties properties) {
		this.odoo = odoo;
		this.ttl = properties.cacheTtl();
	}

	Mono<Map<String, OdooField>> of(String model) {
		return this.byModel.computeIfAbsent(model, (name) -> this.odoo.fieldsGet(name)
			.cache((fields) -> this.ttl, (error) -> Duration.ZERO, () -> Duration.ZERO));
	}

}
