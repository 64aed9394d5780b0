package com.geniusharmony.notification.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.project.ProjectEvent;
import com.geniusharmony.events.project.ProjectMemberAdded;
import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.support.kafka.EventBatch;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each project's name, and notifies members: the added one of a
 * {@code project.member_added}, and every initial one but the owner of a
 * {@code project.created}. A poll's names and notifications are stored in one statement
 * each.
 */
@Component
class ProjectListener {

	private final NotificationWriter writer;

	private final ProjectNames names;

	ProjectListener(NotificationWriter writer, ProjectNames names) {
		this.writer = writer;
		this.names = names;
	}

	@KafkaListener(topics = "${harmony.topics.projects}", batch = "true")
	void on(EventBatch batch) {
		batch.handle(this::handle);
	}

	private void handle(List<EventEnvelope> events) {
		this.names.remember(events.stream()
			.filter((event) -> event.payload() instanceof ProjectEvent)
			.map((event) -> new ProjectNames.Versioned(((ProjectEvent) event.payload()).project(),
					event.aggregateVersion()))
			.toList());
		List<NewNotification> notifications = new ArrayList<>();
		// in the order of the events, not of the poll's partitions (see TaskListener)
		for (EventEnvelope event : events.stream().sorted(Comparator.comparing(EventEnvelope::occurredAt)).toList()) {
			if (event.payload() instanceof ProjectMemberAdded added) {
				notifications.addAll(AssignmentNotifications.projectAssigned(event.eventId(), added.project(),
						List.of(added.memberId())));
			}
			else if (event.payload() instanceof ProjectCreated created) {
				// the owner created the project and needs no news of it
				List<String> members = created.project()
					.memberIds()
					.stream()
					.filter((id) -> !id.equals(created.project().ownerId()))
					.toList();
				notifications
					.addAll(AssignmentNotifications.projectAssigned(event.eventId(), created.project(), members));
			}
		}
		this.writer.store(notifications);
	}

}
