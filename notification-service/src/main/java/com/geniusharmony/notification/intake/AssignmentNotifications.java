package com.geniusharmony.notification.intake;

import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.notification.notification.NotificationParams;
import com.geniusharmony.notification.notification.NotificationType;
import org.jspecify.annotations.Nullable;

/**
 * The notifications an assignment event makes: one per recipient, keyed by the event id
 * and the recipient.
 */
final class AssignmentNotifications {

	private AssignmentNotifications() {
	}

	/**
	 * @param projectName the name of the task's project, if known ({@link ProjectNames})
	 */
	static List<NewNotification> taskAssigned(UUID eventId, TaskState task, @Nullable String projectName,
			List<String> assigneeIds) {
		NotificationParams params = NotificationParams.ofTask(task.title(), projectName);
		return assigneeIds.stream()
			.distinct()
			.map((userId) -> new NewNotification(userId, NotificationType.TASK_ASSIGNED, params, task.id(),
					task.projectId(), dedupKey(eventId, userId)))
			.toList();
	}

	static List<NewNotification> projectAssigned(UUID eventId, ProjectState project, List<String> memberIds) {
		NotificationParams params = NotificationParams.ofProject(project.name());
		return memberIds.stream()
			.distinct()
			.map((userId) -> new NewNotification(userId, NotificationType.PROJECT_ASSIGNED, params, null, project.id(),
					dedupKey(eventId, userId)))
			.toList();
	}

	private static String dedupKey(UUID eventId, String userId) {
		return eventId + ":" + userId;
	}

}
