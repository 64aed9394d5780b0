package com.geniusharmony.odoosync.sync;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.odoolink.EntityKind;
import org.jspecify.annotations.Nullable;

/**
 * Claimed entities for tests that need no store.
 */
final class Claims {

	private Claims() {
	}

	static ClaimedEntity of(EventEnvelope event, @Nullable Long odooId) {
		TrackedChange change = TrackedChange.of(event).orElseThrow();
		return new ClaimedEntity(change.kind(), change.entityId(), change.version(), 1, odooId, change.deleted(),
				event);
	}

	static ClaimedEntity of(EventEnvelope event) {
		return of(event, null);
	}

	static EntityKind kind(EventEnvelope event) {
		return TrackedChange.of(event).orElseThrow().kind();
	}

}
