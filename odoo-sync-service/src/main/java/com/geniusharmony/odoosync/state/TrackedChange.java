package com.geniusharmony.odoosync.state;

import java.time.Instant;
import java.util.Optional;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectEvent;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskEvent;
import com.geniusharmony.events.user.UserEvent;
import org.jspecify.annotations.Nullable;

/**
 * What the store keeps of one event of a user, project or task: the entity it is about,
 * its version, and the entity it references in Odoo (a project's owner, a task's
 * project), which must reach Odoo first.
 *
 * @param kind the entity's kind
 * @param entityId its id
 * @param version its aggregate version
 * @param occurredAt when the change happened
 * @param deleted whether the entity is gone (a deleted task)
 * @param dependsOn the id of the entity it references, or {@code null}
 * @param event the event, stored whole
 */
public record TrackedChange(EntityKind kind, String entityId, long version, Instant occurredAt, boolean deleted,
		@Nullable String dependsOn, EventEnvelope event) {

	/**
	 * The change an event carries, if it is about a user, project or task.
	 * @param event the event
	 * @return the change, or empty for events of other aggregates (ticks, links)
	 */
	public static Optional<TrackedChange> of(EventEnvelope event) {
		EventPayload payload = event.payload();
		if (payload instanceof UserEvent change) {
			return Optional.of(new TrackedChange(EntityKind.USER, change.user().id(), event.aggregateVersion(),
					event.occurredAt(), false, null, event));
		}
		if (payload instanceof ProjectEvent change) {
			return Optional.of(new TrackedChange(EntityKind.PROJECT, change.project().id(), event.aggregateVersion(),
					event.occurredAt(), false, change.project().ownerId(), event));
		}
		if (payload instanceof TaskEvent change) {
			return Optional.of(new TrackedChange(EntityKind.TASK, change.task().id(), event.aggregateVersion(),
					event.occurredAt(), change instanceof TaskDeleted, change.task().projectId(), event));
		}
		return Optional.empty();
	}

}
