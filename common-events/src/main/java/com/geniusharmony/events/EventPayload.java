package com.geniusharmony.events;

import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.events.project.ProjectArchived;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.project.ProjectMemberAdded;
import com.geniusharmony.events.project.ProjectMemberRemoved;
import com.geniusharmony.events.project.ProjectUpdated;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskAssigneeRemoved;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskDeadlineChanged;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskUpdated;
import com.geniusharmony.events.tick.Tick;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserDeactivated;
import com.geniusharmony.events.user.UserUpdated;

/**
 * The data of an event: what happened, with the full state of its aggregate after the
 * change. Each implementation is exactly one {@link EventType}; the set is closed so that
 * the serde can read and write every one of them.
 */
public sealed interface EventPayload permits UserCreated, UserUpdated, UserDeactivated, ProjectCreated, ProjectUpdated,
		ProjectArchived, ProjectMemberAdded, ProjectMemberRemoved, TaskCreated, TaskUpdated, TaskDeleted,
		TaskAssigneeAdded, TaskAssigneeRemoved, TaskDeadlineChanged, Tick, OdooLinkEstablished {

	/**
	 * The type of this event.
	 * @return the event type, whose payload class is this record's class
	 */
	EventType type();

	/**
	 * The id of the aggregate this event belongs to, which is also its Kafka key.
	 * @return the aggregate id
	 */
	String aggregateId();

}
