package com.geniusharmony.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.tick.DeadlineTick;
import com.geniusharmony.support.kafka.EventRecords;
import com.geniusharmony.support.kafka.TopicNames;
import org.apache.kafka.common.utils.Utils;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes events to the test context's topics, as the other services would, and builds
 * the states they carry.
 */
public final class TestEvents {

	private final KafkaTemplate<String, byte[]> kafka;

	private final TopicNames topicNames;

	public TestEvents(KafkaTemplate<String, byte[]> kafka, TopicNames topicNames) {
		this.kafka = kafka;
		this.topicNames = topicNames;
	}

	/** Publishes an event and waits for the broker's acknowledgement. */
	public void publish(EventEnvelope event) throws Exception {
		this.kafka.send(this.topicNames.of(event.topic()), event.key(), EventRecords.write(event))
			.get(10, TimeUnit.SECONDS);
	}

	/** A task of project {@code project-7}, to do. */
	public static TaskState task(String id, @Nullable LocalDate deadline, List<String> assigneeIds) {
		return new TaskState(id, "project-7", "Write the report", "", TaskStatus.TODO, deadline, assigneeIds);
	}

	/** A fresh task id. */
	public static String newTaskId() {
		return "task-" + UUID.randomUUID();
	}

	/**
	 * A fresh task id whose events share a partition with those of another key, so that
	 * once its event is consumed, every earlier event of that key has been too.
	 */
	public static String newTaskIdOnThePartitionOf(String key) {
		int partition = partitionOf(key);
		while (true) {
			String id = newTaskId();
			if (partitionOf(id) == partition) {
				return id;
			}
		}
	}

	private static int partitionOf(String key) {
		// what the producer's default partitioner does with a key
		return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % Topic.PARTITIONS;
	}

	/** A deadline tick as the scheduler publishes it. */
	public static EventEnvelope deadlineTick(String schedule, Instant scheduledAt) {
		DeadlineTick tick = new DeadlineTick(schedule, scheduledAt, UUID.randomUUID());
		return EventEnvelope.of(tick, tick.aggregateVersion(), scheduledAt);
	}

}
