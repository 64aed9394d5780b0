package com.geniusharmony.scheduler.tick;

import java.time.Instant;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.tick.Tick;
import com.geniusharmony.support.kafka.EventRecords;
import reactor.core.publisher.Mono;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Builds a tick's bytes once, and sends recorded ticks to the ticks topic keyed by their
 * schedule, marking each sent once the broker acknowledged it.
 */
class TickPublisher {

	private final KafkaTemplate<String, byte[]> kafka;

	private final String topic;

	private final TickRepository repository;

	private final TickMetrics metrics;

	TickPublisher(KafkaTemplate<String, byte[]> kafka, String topic, TickRepository repository, TickMetrics metrics) {
		this.kafka = kafka;
		this.topic = topic;
		this.repository = repository;
		this.metrics = metrics;
	}

	/**
	 * A new tick of a schedule with its envelope (a new event id) serialised.
	 */
	static PendingTick create(TickKind kind, Instant scheduledAt, boolean manual, Instant now) {
		Tick tick = kind.tick(scheduledAt, UUID.randomUUID());
		byte[] payload = EventRecords.write(EventEnvelope.of(tick, tick.aggregateVersion(), now));
		return new PendingTick(tick.tickId(), kind.scheduleName(), scheduledAt, manual, payload);
	}

	Mono<Void> publish(PendingTick tick) {
		return Mono.fromFuture(() -> this.kafka.send(this.topic, tick.scheduleName(), tick.payload()))
			.then(this.repository.markSent(tick.tickId()))
			.doOnSuccess((marked) -> this.metrics.emitted(tick))
			.then();
	}

}
