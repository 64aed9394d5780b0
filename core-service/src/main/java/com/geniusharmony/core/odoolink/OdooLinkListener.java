package com.geniusharmony.core.odoolink;

import java.time.Duration;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records the Odoo links odoo-sync-service publishes, and applies the changes made in
 * Odoo it publishes on the same topic ({@link OdooChanges}). A duplicate or an older link
 * than the one recorded is dropped; events of other types on the topic are ignored.
 * Unreadable records go to the dead-letter topic through the shared error handler.
 */
@Component
class OdooLinkListener {

	private static final Logger log = LoggerFactory.getLogger(OdooLinkListener.class);

	private final OdooLinks links;

	private final OdooChanges changes;

	OdooLinkListener(OdooLinks links, OdooChanges changes) {
		this.links = links;
		this.changes = changes;
	}

	@KafkaListener(id = "core-odoo-links", idIsGroup = false, topics = "${harmony.topics.odoo-links}")
	void on(EventEnvelope event) {
		if (event.payload() instanceof OdooLinkEstablished link) {
			on(link, event.aggregateVersion());
		}
		else if (event.payload() instanceof OdooRecordChanged change) {
			on(change, event.aggregateVersion());
		}
	}

	void on(OdooLinkEstablished link, long linkVersion) {
		Long entityId = Ids.parse(link.entityId()).orElse(null);
		if (entityId == null) {
			log.warn("Ignoring the Odoo link of {} {}: not an id of this service", link.entityKind().wireName(),
					link.entityId());
			return;
		}
		Boolean recorded = this.links.record(link, linkVersion, entityId).block(Duration.ofSeconds(30));
		if (Boolean.TRUE.equals(recorded)) {
			log.info("Linked {} {} to Odoo {} {} (synced version {})", link.entityKind().wireName(), entityId,
					link.odooModel(), link.odooId(), link.syncedVersion());
		}
	}

	void on(OdooRecordChanged change, long changeVersion) {
		this.changes.apply(change, changeVersion).block(Duration.ofSeconds(30));
	}

}
