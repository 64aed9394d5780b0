package com.geniusharmony.support.kafka;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.geniusharmony.events.EventEnvelope;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A bare application with one listener on the tasks topic, for the event consumption
 * tests.
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

}
