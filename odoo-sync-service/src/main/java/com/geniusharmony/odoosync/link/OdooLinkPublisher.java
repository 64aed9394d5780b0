package com.geniusharmony.odoosync.link;

import java.time.Instant;
import java.util.List;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.support.kafka.EventRecords;
import com.geniusharmony.support.kafka.TopicNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends links to the odoo-links topic, keyed by the link's aggregate id
 * ({@code task:42}), with the link's version as aggregate version, so that consumers drop
 * a duplicate or older one.
 */
@Component
class OdooLinkPublisher {

	private static final Logger log = LoggerFactory.getLogger(OdooLinkPublisher.class);

	private final KafkaTemplate<String, byte[]> kafka;

	private final String topic;

	OdooLinkPublisher(KafkaTemplate<String, byte[]> kafka, TopicNames topics) {
		this.kafka = kafka;
		this.topic = topics.of(Topic.ODOO_LINKS);
	}

	/**
	 * @return the links the broker acknowledged
	 */
	Mono<List<StoredLink>> publish(List<StoredLink> links) {
		return Flux.fromIterable(links).flatMap(this::send, 32).collectList();
	}

	private Mono<StoredLink> send(StoredLink stored) {
		EventEnvelope event = EventEnvelope.of(stored.link(), stored.version(), Instant.now());
		return Mono.fromFuture(() -> this.kafka.send(this.topic, event.key(), EventRecords.write(event)))
			.thenReturn(stored)
			.onErrorResume((ex) -> {
				log.warn("Odoo link {} (version {}) could not be published, it is sent again later: {}", event.key(),
						stored.version(), ex.getMessage());
				return Mono.empty();
			});
	}

}
