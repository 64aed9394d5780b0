package com.geniusharmony.notification.intake;

import java.util.List;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.project.ProjectEvent;
import com.geniusharmony.events.project.ProjectMemberAdded;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each project's name, and notifies members: the added one of a
 * {@code project.member_added}, and every initial one but the owner of a
 * {@code project.created}.
 */
@Component
class ProjectListener {

	private final NotificationWriter writer;

	private final ProjectNames names;

	ProjectListener(NotificationWriter writer, ProjectNames names) {
		this.writer = writer;
		this.names = names;
	}

	@KafkaListener(topics = "${harmony.topics.projects}")
	void on(EventEnvelope event) {
		if (event.payload() instanceof ProjectEvent changed) {
			this.names.remember(changed.project().id(), changed.project().name(), event.aggregateVersion());
		}
		if (event.payload() instanceof ProjectMemberAdded added) {
			this.writer.store(event.eventId().toString(), AssignmentNotifications.projectAssigned(event.eventId(),
					added.project(), List.of(added.memberId())));
		}
		else if (event.payload() instanceof ProjectCreated created) {
			// the owner created the project and needs no news of it
			List<String> members = created.project()
				.memberIds()
				.stream()
				.filter((id) -> !id.equals(created.project().ownerId()))
				.toList();
			this.writer.store(event.eventId().toString(),
					AssignmentNotifications.projectAssigned(event.eventId(), created.project(), members));
		}
	}

}
