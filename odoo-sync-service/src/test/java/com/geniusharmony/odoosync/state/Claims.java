package com.geniusharmony.odoosync.state;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.odoolink.EntityKind;
import org.jspecify.annotations.Nullable;

/**
 * Claimed entities for tests that need no store.
 */
public final class Claims {

	private Claims() {
	}

	public static ClaimedEntity of(EventEnvelope event, @Nullable Long odooId) {
		TrackedChange change = TrackedChange.of(event).orElseThrow();
		return new ClaimedEntity(change.kind(), change.entityId(), change.version(), 1, odooId, change.deleted(),
				event);
	}

	public static ClaimedEntity of(EventEnvelope event) {
		return of(event, null);
	}

	public static EntityKind kind(EventEnvelope event) {
		return TrackedChange.of(event).orElseThrow().kind();
	}

}
