package com.geniusharmony.notification.deadline;

import java.time.Duration;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskAssigneeRemoved;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskDeadlineChanged;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskUpdated;
import com.geniusharmony.support.kafka.EventRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the task projection from every task event, each of which carries the task's full
 * state. It has its own consumer group, so it sees every task event whatever the
 * assignment intake does with them.
 */
@Component
class TaskProjectionListener {

	private static final Logger log = LoggerFactory.getLogger(TaskProjectionListener.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final TaskProjectionRepository projection;

	TaskProjectionListener(TaskProjectionRepository projection) {
		this.projection = projection;
	}

	@KafkaListener(topics = "#{@topicNames.of(T(com.geniusharmony.events.Topic).TASKS)}",
			groupId = "${spring.application.name}-task-projection")
	void on(ConsumerRecord<String, byte[]> record) {
		EventEnvelope event = EventRecords.read(record);
		TaskState task = stateOf(event.payload());
		if (task == null) {
			return;
		}
		boolean deleted = event.payload() instanceof TaskDeleted;
		Boolean applied = this.projection.apply(task, event.aggregateVersion(), deleted).block(TIMEOUT);
		if (!Boolean.TRUE.equals(applied)) {
			log.debug("Task {} event {} at version {} is not newer than the projection; ignored", task.id(),
					event.eventId(), event.aggregateVersion());
		}
	}

	private static @Nullable TaskState stateOf(EventPayload payload) {
		if (payload instanceof TaskCreated created) {
			return created.task();
		}
		if (payload instanceof TaskUpdated updated) {
			return updated.task();
		}
		if (payload instanceof TaskAssigneeAdded added) {
			return added.task();
		}
		if (payload instanceof TaskAssigneeRemoved removed) {
			return removed.task();
		}
		if (payload instanceof TaskDeadlineChanged changed) {
			return changed.task();
		}
		if (payload instanceof TaskDeleted deleted) {
			return deleted.task();
		}
		return null;
	}

}
