package com.geniusharmony.support.outbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A bare application with the outbound edge, for the relay tests.
 */
@SpringBootApplication
@EnableOutbox
class OutboxApplication {

	@Bean
	RecordingListener recordingListener() {
		return new RecordingListener();
	}

	static class RecordingListener implements PublishedEventsListener {

		final List<OutboxRow> published = new CopyOnWriteArrayList<>();

		@Override
		public void published(List<OutboxRow> rows) {
			this.published.addAll(rows);
		}

	}

}
