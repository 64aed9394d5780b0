package com.geniusharmony.odoosync.ops;

import java.time.Instant;
import java.util.List;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.state.SyncStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How one entity stands with Odoo, as an operator sees it.
 *
 * @param kind the entity's kind
 * @param entityId its id
 * @param status where it stands
 * @param version the latest version seen
 * @param syncedVersion the version last written to Odoo, or {@code null} if none was
 * @param odooId its Odoo record, or {@code null} if Odoo never had it
 * @param attempts failed attempts since the last success or change
 * @param nextAttemptAt when a failed entity is tried again, or {@code null}
 * @param lastError Odoo's reason for the last refusal, or {@code null}
 * @param warnings what did not make it to Odoo as it is here
 * @param waitingFor the entity it waits for (a project's owner, a task's project) before
 * it can be written, such as {@code user 7}, or {@code null}
 * @param pendingSince when the oldest change Odoo does not have yet happened, or
 * {@code null} if Odoo has the latest one
 * @param syncedAt when it was last written to Odoo, or {@code null}
 * @param updatedAt when its sync state last changed
 * @param state the latest state seen, as the event carried it
 */
public record EntitySyncState(EntityKind kind, String entityId, SyncStatus status, long version,
		@Nullable Long syncedVersion, @Nullable Long odooId, int attempts, @Nullable Instant nextAttemptAt,
		@Nullable String lastError, List<String> warnings, @Nullable String waitingFor, @Nullable Instant pendingSince,
		@Nullable Instant syncedAt, Instant updatedAt, JsonNode state) {

	public EntitySyncState {
		warnings = List.copyOf(warnings);
	}

}
