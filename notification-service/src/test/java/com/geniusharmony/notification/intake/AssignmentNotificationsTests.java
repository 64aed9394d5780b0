package com.geniusharmony.notification.intake;

import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.notification.notification.NotificationParams;
import com.geniusharmony.notification.notification.NotificationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentNotificationsTests {

	private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-000000000042");

	@Test
	void keysEachTaskNotificationByEventAndRecipient() {
		TaskState task = new TaskState("12", "7", "Write the report", "", TaskStatus.TODO, null, List.of("3", "4"));
		List<NewNotification> made = AssignmentNotifications.taskAssigned(EVENT, task, "Harmony launch",
				List.of("3", "4", "3"));
		assertThat(made).extracting(NewNotification::dedupKey).containsExactly(EVENT + ":3", EVENT + ":4");
		assertThat(made.get(0)).isEqualTo(new NewNotification("3", NotificationType.TASK_ASSIGNED,
				NotificationParams.ofTask("Write the report", "Harmony launch"), "12", "7", EVENT + ":3"));
	}

	@Test
	void namesTheProjectInAProjectNotification() {
		ProjectState project = new ProjectState("7", "Harmony launch", "", "1", List.of("1", "5"), null, null, false);
		assertThat(AssignmentNotifications.projectAssigned(EVENT, project, List.of("5")))
			.containsExactly(new NewNotification("5", NotificationType.PROJECT_ASSIGNED,
					NotificationParams.ofProject("Harmony launch"), null, "7", EVENT + ":5"));
	}

}
