package com.geniusharmony.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
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
import com.geniusharmony.events.tick.DeadlineTick;
import com.geniusharmony.events.tick.SyncSweepTick;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserDeactivated;
import com.geniusharmony.events.user.UserUpdated;

/**
 * Every event type, with its name on the wire, the topic it travels on, its payload
 * record and the schema version written today. Wire names never change; a new shape of a
 * type is a new schema version.
 */
public enum EventType {

	USER_CREATED("user.created", Topic.USERS, UserCreated.class, 1),

	USER_UPDATED("user.updated", Topic.USERS, UserUpdated.class, 1),

	USER_DEACTIVATED("user.deactivated", Topic.USERS, UserDeactivated.class, 1),

	PROJECT_CREATED("project.created", Topic.PROJECTS, ProjectCreated.class, 1),

	PROJECT_UPDATED("project.updated", Topic.PROJECTS, ProjectUpdated.class, 1),

	PROJECT_ARCHIVED("project.archived", Topic.PROJECTS, ProjectArchived.class, 1),

	PROJECT_MEMBER_ADDED("project.member_added", Topic.PROJECTS, ProjectMemberAdded.class, 1),

	PROJECT_MEMBER_REMOVED("project.member_removed", Topic.PROJECTS, ProjectMemberRemoved.class, 1),

	TASK_CREATED("task.created", Topic.TASKS, TaskCreated.class, 1),

	TASK_UPDATED("task.updated", Topic.TASKS, TaskUpdated.class, 1),

	TASK_DELETED("task.deleted", Topic.TASKS, TaskDeleted.class, 1),

	TASK_ASSIGNEE_ADDED("task.assignee_added", Topic.TASKS, TaskAssigneeAdded.class, 1),

	TASK_ASSIGNEE_REMOVED("task.assignee_removed", Topic.TASKS, TaskAssigneeRemoved.class, 1),

	TASK_DEADLINE_CHANGED("task.deadline_changed", Topic.TASKS, TaskDeadlineChanged.class, 1),

	DEADLINE_TICK("tick.deadline_check", Topic.TICKS, DeadlineTick.class, 1),

	SYNC_SWEEP_TICK("tick.odoo_sync_sweep", Topic.TICKS, SyncSweepTick.class, 1),

	ODOO_LINK_ESTABLISHED("odoo.link_established", Topic.ODOO_LINKS, OdooLinkEstablished.class, 1),

	ODOO_RECORD_CHANGED("odoo.record_changed", Topic.ODOO_LINKS, OdooRecordChanged.class, 1);

	private static final Map<String, EventType> BY_WIRE_NAME = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));

	private final String wireName;

	private final Topic topic;

	private final Class<? extends EventPayload> payloadType;

	private final int currentVersion;

	EventType(String wireName, Topic topic, Class<? extends EventPayload> payloadType, int currentVersion) {
		this.wireName = wireName;
		this.topic = topic;
		this.payloadType = payloadType;
		this.currentVersion = currentVersion;
	}

	/**
	 * The name of this type in the envelope's {@code type} field.
	 * @return the wire name, such as {@code task.assignee_added}
	 */
	public String wireName() {
		return this.wireName;
	}

	/**
	 * The topic events of this type are published on.
	 * @return the topic
	 */
	public Topic topic() {
		return this.topic;
	}

	/**
	 * The record that holds the payload of this type.
	 * @return the payload class
	 */
	public Class<? extends EventPayload> payloadType() {
		return this.payloadType;
	}

	/**
	 * The schema version events of this type are written with; every older version stays
	 * readable.
	 * @return the current schema version, 1 or more
	 */
	public int currentVersion() {
		return this.currentVersion;
	}

	/**
	 * Finds the type with the given wire name.
	 * @param wireName the value of an envelope's {@code type} field
	 * @return the type, or empty if no type has this name
	 */
	public static Optional<EventType> fromWireName(String wireName) {
		return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
	}

}
