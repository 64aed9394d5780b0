package com.geniusharmony.support.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.geniusharmony.events.EventEnvelope;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * What a batch listener ({@code @KafkaListener(batch = "true")}) takes: the events of one
 * poll, read with the contracts' serde up to the first record that cannot be read.
 * {@link #handle} gives the readable events to the listener's code, then reports the
 * unreadable record by its index, so that the shared error handler commits the events
 * before it, parks it on the dead-letter topic and delivers the records after it again.
 * An exception of the handler itself makes the error handler retry the whole batch with
 * back-off, so the handler must be idempotent, as every listener is.
 */
public final class EventBatch {

	private final List<EventEnvelope> events;

	private final @Nullable UnreadableEventException unreadable;

	private EventBatch(List<EventEnvelope> events, @Nullable UnreadableEventException unreadable) {
		this.events = events;
		this.unreadable = unreadable;
	}

	/**
	 * Reads the values of a poll's records, in order, up to the first unreadable one.
	 * @param values the records' values
	 * @return the batch
	 */
	public static EventBatch read(List<?> values) {
		List<EventEnvelope> events = new ArrayList<>(values.size());
		for (Object value : values) {
			try {
				events.add(EventRecords.read(value));
			}
			catch (UnreadableEventException ex) {
				return new EventBatch(events, ex);
			}
		}
		return new EventBatch(events, null);
	}

	/**
	 * Hands the readable events to the handler (not at all when there are none), then
	 * reports the unreadable record if there is one.
	 * @param handler the listener's code, given the events in the order of the poll
	 * @throws BatchListenerFailedException after the handler, for an unreadable record
	 */
	public void handle(Consumer<List<EventEnvelope>> handler) {
		if (!this.events.isEmpty()) {
			handler.accept(this.events);
		}
		if (this.unreadable != null) {
			throw new BatchListenerFailedException(this.unreadable.getMessage(), this.unreadable, this.events.size());
		}
	}

}
