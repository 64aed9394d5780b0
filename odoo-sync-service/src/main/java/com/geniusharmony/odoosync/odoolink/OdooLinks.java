package com.geniusharmony.odoosync.odoolink;

import java.time.Instant;
import java.util.List;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import com.geniusharmony.support.outbox.OutboxWriter;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Records the links of synced entities, each with its version raised, and writes their
 * events to the outbox, in the caller's transaction: the link of a sync that committed is
 * published, with its event id kept on every resend.
 */
@Component
public class OdooLinks {

	private final OdooLinkRepository repository;

	private final OutboxWriter outbox;

	OdooLinks(OdooLinkRepository repository, OutboxWriter outbox) {
		this.repository = repository;
		this.outbox = outbox;
	}

	/**
	 * Records the links of entities that were just synced, and their events.
	 * @param links the links
	 * @return completes once the links and their events are written
	 */
	public Mono<Void> established(List<OdooLinkEstablished> links) {
		if (links.isEmpty()) {
			return Mono.empty();
		}
		Instant now = Instant.now();
		return this.repository.record(links)
			.flatMap((stored) -> this.outbox
				.append(stored.stream().map((link) -> EventEnvelope.of(link.link(), link.version(), now)).toList()));
	}

	/**
	 * Writes the event of a change found in Odoo, with the next version of the entity's
	 * link, so that it is ordered after the link.
	 * @param change the change
	 * @param now when it was found
	 * @return completes once the event is written; with an error if the entity has no
	 * link
	 */
	public Mono<Void> changed(OdooRecordChanged change, Instant now) {
		return this.repository.nextVersion(change.entityKind(), change.entityId())
			.switchIfEmpty(Mono.error(() -> new IllegalStateException(
					"No Odoo link of " + change.entityKind().wireName() + " " + change.entityId())))
			.flatMap((version) -> this.outbox.append(EventEnvelope.of(change, version, now)));
	}

}
