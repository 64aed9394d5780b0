package com.geniusharmony.core.odoolink;

import com.geniusharmony.core.odoolink.ChangedFields.Skipped;
import com.geniusharmony.core.odoolink.OdooChanges.Outcome;
import com.geniusharmony.events.odoolink.EntityKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The meters of the changes made in Odoo: {@code harmony.odoo.changes} (each change by
 * entity kind and outcome, counted once its transaction committed) and
 * {@code harmony.odoo.change.fields.skipped} (the fields that did not apply, by kind,
 * field and reason). Every outcome's counter exists from the start at zero, so that an
 * alert on its increase sees the first one.
 */
@Component
class OdooChangeMetrics {

	private final MeterRegistry meters;

	OdooChangeMetrics(MeterRegistry meters) {
		this.meters = meters;
		for (EntityKind kind : EntityKind.values()) {
			for (Outcome outcome : Outcome.values()) {
				changes(kind, outcome);
			}
		}
	}

	void counted(EntityKind kind, Outcome outcome) {
		changes(kind, outcome).increment();
	}

	void skipped(EntityKind kind, Skipped skipped) {
		Counter.builder("harmony.odoo.change.fields.skipped")
			.description("Fields of changes made in Odoo that were not applied")
			.tag("kind", kind.wireName())
			.tag("field", skipped.field())
			.tag("reason", skipped.reason().tag())
			.register(this.meters)
			.increment();
	}

	private Counter changes(EntityKind kind, Outcome outcome) {
		return Counter.builder("harmony.odoo.changes")
			.description("Changes made in Odoo, by what applying them did")
			.tag("kind", kind.wireName())
			.tag("outcome", outcome.tag())
			.register(this.meters);
	}

}
