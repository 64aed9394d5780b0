package com.geniusharmony.odoosync.link;

import java.util.List;

import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Records the links of synced entities and publishes them. A link is stored first (with
 * its version raised), so that one the broker did not acknowledge is published again by
 * {@link #publishUnsent()}, which the sweep runs.
 */
@Component
public class OdooLinks {

	private static final Logger log = LoggerFactory.getLogger(OdooLinks.class);

	private final OdooLinkRepository repository;

	private final OdooLinkPublisher publisher;

	OdooLinks(OdooLinkRepository repository, OdooLinkPublisher publisher) {
		this.repository = repository;
		this.publisher = publisher;
	}

	/**
	 * Records and publishes the links of entities that were just synced. A failure to
	 * publish is logged, not raised: the link is sent again by the next sweep.
	 * @param links the links
	 * @return completes once the links are recorded and the sends are over
	 */
	public Mono<Void> established(List<OdooLinkEstablished> links) {
		if (links.isEmpty()) {
			return Mono.empty();
		}
		return this.repository.record(links).flatMap(this::publish).then();
	}

	/**
	 * Publishes the links the broker has not acknowledged yet.
	 * @return how many were published
	 */
	public Mono<Integer> publishUnsent() {
		return this.repository.unsent(500).flatMap(this::publish);
	}

	private Mono<Integer> publish(List<StoredLink> links) {
		return this.publisher.publish(links)
			.flatMap((sent) -> this.repository.markSent(sent).thenReturn(sent.size()))
			.onErrorResume((ex) -> {
				log.warn("Publishing {} Odoo links failed, the sweep sends them again: {}", links.size(),
						ex.getMessage());
				return Mono.just(0);
			});
	}

}
