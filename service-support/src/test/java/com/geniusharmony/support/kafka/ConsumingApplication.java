package com.geniusharmony.support.kafka;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.geniusharmony.events.EventEnvelope;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A bare application for the event consumption tests: a listener of single records on the
 * tasks topic, and a batch listener on the projects topic, which a test starts once its
 * records are on the topic so that they come in one poll.
 */
@SpringBootApplication
class ConsumingApplication {

	@Component
	static class RecordingListener {

		final List<EventEnvelope> received = new CopyOnWriteArrayList<>();

		final AtomicInteger failuresToSimulate = new AtomicInteger();

		@KafkaListener(topics = "${harmony.topics.tasks}")
		void on(EventEnvelope event) {
			if (this.failuresToSimulate.getAndDecrement() > 0) {
				throw new IllegalStateException("the database is restarting");
			}
			this.received.add(event);
		}

	}

	@Component
	static class RecordingBatchListener {

		static final String ID = "recording-batch-listener";

		final List<List<EventEnvelope>> batches = new CopyOnWriteArrayList<>();

		final AtomicInteger failuresToSimulate = new AtomicInteger();

		@KafkaListener(id = ID, topics = "${harmony.topics.projects}", batch = "true", autoStartup = "false")
		void on(EventBatch batch) {
			batch.handle((events) -> {
				if (this.failuresToSimulate.getAndDecrement() > 0) {
					throw new IllegalStateException("the database is restarting");
				}
				this.batches.add(List.copyOf(events));
			});
		}

		List<EventEnvelope> received() {
			return this.batches.stream().flatMap(List::stream).toList();
		}

	}

}
