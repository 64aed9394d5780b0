package com.geniusharmony.notification.intake;

import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.notification.notification.NotificationType;

/**
 * The notifications an assignment event makes: one per recipient, keyed by the event id
 * and the recipient.
 */
final class AssignmentNotifications {

	private AssignmentNotifications() {
	}

	/**
	 * @param project how the message names the task's project ({@link ProjectNames})
	 */
	static List<NewNotification> taskAssigned(UUID eventId, TaskState task, String project, List<String> assigneeIds) {
		NotificationType type = NotificationType.TASK_ASSIGNED;
		String message = "You were assigned to the task \"" + task.title() + "\" in project " + project + ".";
		return assigneeIds.stream()
			.distinct()
			.map((userId) -> new NewNotification(userId, type, type.emoji() + " New task: " + task.title(), message,
					task.id(), task.projectId(), dedupKey(eventId, userId)))
			.toList();
	}

	static List<NewNotification> projectAssigned(UUID eventId, ProjectState project, List<String> memberIds) {
		NotificationType type = NotificationType.PROJECT_ASSIGNED;
		String message = "You were added to the project \"" + project.name() + "\".";
		return memberIds.stream()
			.distinct()
			.map((userId) -> new NewNotification(userId, type, type.emoji() + " New project: " + project.name(),
					message, null, project.id(), dedupKey(eventId, userId)))
			.toList();
	}

	private static String dedupKey(UUID eventId, String userId) {
		return eventId + ":" + userId;
	}

}
