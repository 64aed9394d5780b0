package com.geniusharmony.notification.intake;

import java.util.List;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskCreated;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Notifies assignees: the added one of a {@code task.assignee_added}, and every initial
 * one of a {@code task.created}. Other task events are ignored.
 */
@Component
class TaskListener {

	private final NotificationWriter writer;

	private final ProjectNames projects;

	TaskListener(NotificationWriter writer, ProjectNames projects) {
		this.writer = writer;
		this.projects = projects;
	}

	@KafkaListener(topics = "${harmony.topics.tasks}")
	void on(EventEnvelope event) {
		if (event.payload() instanceof TaskAssigneeAdded added) {
			this.writer.store(event.eventId().toString(), AssignmentNotifications.taskAssigned(event.eventId(),
					added.task(), this.projects.name(added.task().projectId()), List.of(added.assigneeId())));
		}
		else if (event.payload() instanceof TaskCreated created) {
			this.writer.store(event.eventId().toString(), AssignmentNotifications.taskAssigned(event.eventId(),
					created.task(), this.projects.name(created.task().projectId()), created.task().assigneeIds()));
		}
	}

}
