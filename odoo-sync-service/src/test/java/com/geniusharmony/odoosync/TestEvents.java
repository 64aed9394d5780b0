package com.geniusharmony.odoosync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.tick.SyncSweepTick;
import com.geniusharmony.events.user.UserState;
import org.jspecify.annotations.Nullable;

/**
 * Events of users, projects and tasks with ids no other test uses, since the tests share
 * one store and one Odoo.
 */
public final class TestEvents {

	private static final AtomicLong IDS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000));

	private static final AtomicLong SWEEPS = new AtomicLong();

	private TestEvents() {
	}

	/**
	 * A fresh entity id.
	 * @return the id, digits only like the core-service's
	 */
	public static String newId() {
		return Long.toString(IDS.incrementAndGet());
	}

	public static UserState user(String id, String first, String last, String email) {
		return new UserState(id, "user" + id, email, first, last, true);
	}

	public static ProjectState project(String id, String ownerId) {
		return new ProjectState(id, "Project " + id, "", ownerId, List.of(ownerId), null, null, false);
	}

	public static TaskState task(String id, String projectId, String title, @Nullable LocalDate deadline,
			List<String> assigneeIds) {
		return new TaskState(id, projectId, title, "", TaskStatus.TODO, deadline, assigneeIds);
	}

	public static EventEnvelope event(EventPayload payload, long version) {
		return EventEnvelope.of(payload, version, Instant.now());
	}

	/**
	 * A sweep tick of its own scheduled instant.
	 * @return the tick's event
	 */
	public static EventEnvelope sweepTick() {
		Instant scheduledAt = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(30 * SWEEPS.incrementAndGet());
		SyncSweepTick tick = new SyncSweepTick("batch_sync_odoo_pending", scheduledAt, UUID.randomUUID());
		return EventEnvelope.of(tick, tick.aggregateVersion(), Instant.now());
	}

}
