package com.geniusharmony.odoosync.ops;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One entity's sync state, as the operations API shows it.
 *
 * @param kind {@code user}, {@code project} or {@code task}
 * @param id the entity's id
 * @param status {@code pending}, {@code synced}, {@code failed} or {@code parked}
 * @param version the latest version seen
 * @param syncedVersion the version last written to Odoo
 * @param odooId the Odoo record's id
 * @param attempts failed attempts since the last success or change
 * @param nextAttemptAt when a failed entity is tried again
 * @param lastError Odoo's reason for the last refusal
 * @param warnings what did not make it to Odoo as it is here
 * @param waitingFor what it waits for before it can be written, such as {@code user 7}
 * @param pendingSince when the oldest change not yet in Odoo happened
 * @param syncedAt when it was last written to Odoo
 * @param updatedAt when its sync state last changed
 * @param state the latest state seen, as the event carried it
 */
record EntityResponse(String kind, String id, String status, long version, @Nullable Long syncedVersion,
		@Nullable Long odooId, int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError,
		List<String> warnings, @Nullable String waitingFor, @Nullable Instant pendingSince, @Nullable Instant syncedAt,
		Instant updatedAt, JsonNode state) {

	static EntityResponse of(EntitySyncState state) {
		return new EntityResponse(state.kind().wireName(), state.entityId(), state.status().wireName(), state.version(),
				state.syncedVersion(), state.odooId(), state.attempts(), state.nextAttemptAt(), state.lastError(),
				state.warnings(), state.waitingFor(), state.pendingSince(), state.syncedAt(), state.updatedAt(),
				state.state());
	}

}
