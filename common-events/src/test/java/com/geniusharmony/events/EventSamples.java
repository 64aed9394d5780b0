package com.geniusharmony.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.FieldChange;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
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
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.task.TaskUpdated;
import com.geniusharmony.events.tick.DeadlineTick;
import com.geniusharmony.events.tick.SyncSweepTick;
import com.geniusharmony.events.tick.Tick;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserDeactivated;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.events.user.UserUpdated;

/**
 * One fixed event of every type, the same as the golden files of the current versions
 * hold.
 */
public final class EventSamples {

	private static final Instant OCCURRED_AT = Instant.parse("2025-04-01T08:15:30.123456Z");

	private static final UserState USER = new UserState("7", "amina", "amina@example.com", "Amina", "Diallo", true);

	private static final ProjectState PROJECT = new ProjectState("3", "Website relaunch",
			"New site for the spring campaign", "7", List.of("7", "12"), LocalDate.parse("2025-03-01"),
			LocalDate.parse("2025-06-30"), false);

	private static final TaskState TASK = new TaskState("42", "3", "Write the launch post",
			"Draft, review and schedule", TaskStatus.IN_PROGRESS, LocalDate.parse("2025-04-15"), List.of("12"));

	private EventSamples() {
	}

	/**
	 * The sample event of a type, at its current schema version.
	 * @param type the event type
	 * @return the event
	 */
	public static EventEnvelope sample(EventType type) {
		EventPayload payload = payload(type);
		long aggregateVersion = switch (type.topic()) {
			case USERS -> 3;
			case PROJECTS -> 5;
			case TASKS -> 8;
			case TICKS -> ((Tick) payload).aggregateVersion();
			case ODOO_LINKS -> 2;
		};
		UUID eventId = UUID.nameUUIDFromBytes(("sample " + type.wireName()).getBytes(StandardCharsets.UTF_8));
		return new EventEnvelope(eventId, type, type.currentVersion(), OCCURRED_AT, payload.aggregateId(),
				aggregateVersion, payload);
	}

	/**
	 * The payload of the sample event of a type.
	 * @param type the event type
	 * @return the payload
	 */
	public static EventPayload payload(EventType type) {
		return switch (type) {
			case USER_CREATED -> new UserCreated(USER);
			case USER_UPDATED ->
				new UserUpdated(new UserState("7", "amina", "amina.diallo@example.com", "Amina", "Diallo", true));
			case USER_DEACTIVATED ->
				new UserDeactivated(new UserState("7", "amina", "amina@example.com", "", "", false));
			case PROJECT_CREATED -> new ProjectCreated(PROJECT);
			case PROJECT_UPDATED -> new ProjectUpdated(new ProjectState("3", "Website relaunch", "", "7",
					List.of("7", "12"), LocalDate.parse("2025-03-01"), null, false));
			case PROJECT_ARCHIVED ->
				new ProjectArchived(new ProjectState("3", "Website relaunch", "New site for the spring campaign", "7",
						List.of("7", "12"), LocalDate.parse("2025-03-01"), LocalDate.parse("2025-06-30"), true));
			case PROJECT_MEMBER_ADDED -> new ProjectMemberAdded(PROJECT, "12");
			case PROJECT_MEMBER_REMOVED ->
				new ProjectMemberRemoved(new ProjectState("3", "Website relaunch", "New site for the spring campaign",
						"7", List.of("7"), LocalDate.parse("2025-03-01"), LocalDate.parse("2025-06-30"), false), "12");
			case TASK_CREATED -> new TaskCreated(new TaskState("42", "3", "Write the launch post", "", TaskStatus.TODO,
					LocalDate.parse("2025-04-15"), List.of()));
			case TASK_UPDATED -> new TaskUpdated(new TaskState("42", "3", "Write the launch post",
					"Draft, review and schedule", TaskStatus.IN_PROGRESS, null, List.of("12")));
			case TASK_DELETED -> new TaskDeleted(new TaskState("42", "3", "Write the launch post",
					"Draft, review and schedule", TaskStatus.DONE, LocalDate.parse("2025-04-15"), List.of("12")));
			case TASK_ASSIGNEE_ADDED -> new TaskAssigneeAdded(TASK, "12");
			case TASK_ASSIGNEE_REMOVED ->
				new TaskAssigneeRemoved(new TaskState("42", "3", "Write the launch post", "Draft, review and schedule",
						TaskStatus.IN_PROGRESS, LocalDate.parse("2025-04-15"), List.of()), "12");
			case TASK_DEADLINE_CHANGED -> new TaskDeadlineChanged(TASK, LocalDate.parse("2025-04-10"));
			case DEADLINE_TICK -> new DeadlineTick("check_deadline_notifications",
					Instant.parse("2025-04-01T09:00:00Z"), UUID.fromString("5b0e7c1a-3f2d-4e8b-9c6a-1d2e3f4a5b6c"));
			case SYNC_SWEEP_TICK -> new SyncSweepTick("batch_sync_odoo_pending", Instant.parse("2025-04-01T09:00:30Z"),
					UUID.fromString("8e4f2a6b-1c3d-4b5e-a7f8-9d0c1b2a3e4f"));
			case ODOO_LINK_ESTABLISHED -> new OdooLinkEstablished(EntityKind.TASK, "42", "project.task", 1187, 8,
					List.of("assignee 12 is not an Odoo user"));
			case ODOO_RECORD_CHANGED -> new OdooRecordChanged(EntityKind.TASK, "42", "project.task", 1187, 8,
					Instant.parse("2025-04-02T10:04:11Z"), List.of(new FieldChange("status", "in_progress", "done"),
							new FieldChange("deadline", "2025-04-15", null)),
					List.of("19"), List.of("12"));
		};
	}

}
