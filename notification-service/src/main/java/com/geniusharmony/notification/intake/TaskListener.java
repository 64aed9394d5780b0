package com.geniusharmony.notification.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskEvent;
import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.support.kafka.EventBatch;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Notifies assignees: the added one of a {@code task.assignee_added}, and every initial
 * one of a {@code task.created}. Other task events are ignored. A poll's notifications
 * are stored together, with the names of their projects read in one query.
 */
@Component
class TaskListener {

	private final NotificationWriter writer;

	private final ProjectNames projects;

	TaskListener(NotificationWriter writer, ProjectNames projects) {
		this.writer = writer;
		this.projects = projects;
	}

	@KafkaListener(topics = "${harmony.topics.tasks}", batch = "true")
	void on(EventBatch batch) {
		batch.handle(this::notify);
	}

	private void notify(List<EventEnvelope> events) {
		// a poll holds several partitions one after the other: in the order of the
		// events, a later one gets the later id, as when stored one by one
		List<EventEnvelope> assignments = events.stream()
			.filter((event) -> event.payload() instanceof TaskAssigneeAdded || event.payload() instanceof TaskCreated)
			.sorted(Comparator.comparing(EventEnvelope::occurredAt))
			.toList();
		Map<String, String> names = this.projects
			.names(assignments.stream().map((event) -> ((TaskEvent) event.payload()).task().projectId()).toList());
		List<NewNotification> notifications = new ArrayList<>();
		for (EventEnvelope event : assignments) {
			if (event.payload() instanceof TaskAssigneeAdded added) {
				notifications.addAll(AssignmentNotifications.taskAssigned(event.eventId(), added.task(),
						names.get(added.task().projectId()), List.of(added.assigneeId())));
			}
			else if (event.payload() instanceof TaskCreated created) {
				notifications.addAll(AssignmentNotifications.taskAssigned(event.eventId(), created.task(),
						names.get(created.task().projectId()), created.task().assigneeIds()));
			}
		}
		this.writer.store(notifications);
	}

}
