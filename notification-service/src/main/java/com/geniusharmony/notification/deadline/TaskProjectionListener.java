package com.geniusharmony.notification.deadline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskEvent;
import com.geniusharmony.support.kafka.EventBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the task projection from every task event, each of which carries the task's full
 * state, a poll's events in one statement. It has its own consumer group, so it sees
 * every task event whatever the assignment intake does with them.
 */
@Component
class TaskProjectionListener {

	private static final Logger log = LoggerFactory.getLogger(TaskProjectionListener.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final TaskProjectionRepository projection;

	TaskProjectionListener(TaskProjectionRepository projection) {
		this.projection = projection;
	}

	@KafkaListener(topics = "${harmony.topics.tasks}", groupId = "${spring.application.name}-task-projection",
			batch = "true")
	void on(EventBatch batch) {
		batch.handle((events) -> {
			List<ProjectedTask> tasks = events.stream().flatMap((event) -> projected(event).stream()).toList();
			Long applied = this.projection.apply(tasks).block(TIMEOUT);
			log.debug("{} task events changed {} tasks of the projection", tasks.size(), applied);
		});
	}

	private static Optional<ProjectedTask> projected(EventEnvelope event) {
		if (!(event.payload() instanceof TaskEvent change)) {
			return Optional.empty();
		}
		return Optional.of(new ProjectedTask(change.task(), event.aggregateVersion(), change instanceof TaskDeleted));
	}

}
