package com.geniusharmony.notification.deadline;

import java.time.Duration;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskEvent;
import com.geniusharmony.events.task.TaskState;
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

	@KafkaListener(topics = "${harmony.topics.tasks}", groupId = "${spring.application.name}-task-projection")
	void on(EventEnvelope event) {
		if (!(event.payload() instanceof TaskEvent change)) {
			return;
		}
		TaskState task = change.task();
		boolean deleted = change instanceof TaskDeleted;
		Boolean applied = this.projection.apply(task, event.aggregateVersion(), deleted).block(TIMEOUT);
		if (!Boolean.TRUE.equals(applied)) {
			log.debug("Task {} event {} at version {} is not newer than the projection; ignored", task.id(),
					event.eventId(), event.aggregateVersion());
		}
	}

}
