package com.geniusharmony.odoosync.odoo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the service is ready, logs in to Odoo and reads the field definitions of the
 * models the sync writes, through the budget like any request: the first changes after a
 * start then go straight to their rows instead of waiting for the login and three
 * {@code fields_get} first, and wrong settings show in the log at start-up rather than at
 * the first change. Definitions the shared cache already holds (another instance read
 * them within {@code ODOO_CACHE_TTL}) are not asked of Odoo again. A failure is only
 * logged: the drain tries again when it has something to send, and reports.
 */
@Component
class OdooWarmUp {

	private static final Logger log = LoggerFactory.getLogger(OdooWarmUp.class);

	private final OdooClient odoo;

	private final OdooProperties properties;

	OdooWarmUp(OdooClient odoo, OdooProperties properties) {
		this.odoo = odoo;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		warmUp().subscribe(null, (ex) -> log
			.warn("Could not reach Odoo at start-up; the sync tries again with the first change: {}", ex.getMessage()));
	}

	/**
	 * Logs in and reads the field definitions, unless the integration is off.
	 * @return done once they are read
	 */
	Mono<Void> warmUp() {
		if (!this.properties.configured()) {
			return Mono.empty();
		}
		return this.odoo.openSession()
			.thenMany(Flux.fromIterable(AccessRightsProbe.MODELS).concatMap(this.odoo::fieldsGet))
			.then();
	}

}
