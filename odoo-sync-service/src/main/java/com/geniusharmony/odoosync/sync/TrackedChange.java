package com.geniusharmony.odoosync.sync;

import java.time.Instant;
import java.util.Optional;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectArchived;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.project.ProjectMemberAdded;
import com.geniusharmony.events.project.ProjectMemberRemoved;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.project.ProjectUpdated;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskAssigneeRemoved;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskDeadlineChanged;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskUpdated;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserDeactivated;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.events.user.UserUpdated;
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
record TrackedChange(EntityKind kind, String entityId, long version, Instant occurredAt, boolean deleted,
		@Nullable String dependsOn, EventEnvelope event) {

	/**
	 * The change an event carries, if it is about a user, project or task.
	 * @param event the event
	 * @return the change, or empty for events of other aggregates (ticks, links)
	 */
	static Optional<TrackedChange> of(EventEnvelope event) {
		UserState user = user(event.payload());
		if (user != null) {
			return Optional.of(new TrackedChange(EntityKind.USER, user.id(), event.aggregateVersion(),
					event.occurredAt(), false, null, event));
		}
		ProjectState project = project(event.payload());
		if (project != null) {
			return Optional.of(new TrackedChange(EntityKind.PROJECT, project.id(), event.aggregateVersion(),
					event.occurredAt(), false, project.ownerId(), event));
		}
		TaskState task = task(event.payload());
		if (task != null) {
			return Optional.of(new TrackedChange(EntityKind.TASK, task.id(), event.aggregateVersion(),
					event.occurredAt(), event.payload() instanceof TaskDeleted, task.projectId(), event));
		}
		return Optional.empty();
	}

	static @Nullable UserState user(EventPayload payload) {
		if (payload instanceof UserCreated created) {
			return created.user();
		}
		if (payload instanceof UserUpdated updated) {
			return updated.user();
		}
		return (payload instanceof UserDeactivated deactivated) ? deactivated.user() : null;
	}

	static @Nullable ProjectState project(EventPayload payload) {
		if (payload instanceof ProjectCreated created) {
			return created.project();
		}
		if (payload instanceof ProjectUpdated updated) {
			return updated.project();
		}
		if (payload instanceof ProjectArchived archived) {
			return archived.project();
		}
		if (payload instanceof ProjectMemberAdded added) {
			return added.project();
		}
		return (payload instanceof ProjectMemberRemoved removed) ? removed.project() : null;
	}

	static @Nullable TaskState task(EventPayload payload) {
		if (payload instanceof TaskCreated created) {
			return created.task();
		}
		if (payload instanceof TaskUpdated updated) {
			return updated.task();
		}
		if (payload instanceof TaskDeleted deleted) {
			return deleted.task();
		}
		if (payload instanceof TaskAssigneeAdded added) {
			return added.task();
		}
		if (payload instanceof TaskAssigneeRemoved removed) {
			return removed.task();
		}
		return (payload instanceof TaskDeadlineChanged changed) ? changed.task() : null;
	}

}
