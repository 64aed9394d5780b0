package com.geniusharmony.odoosync.state;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.events.project.ProjectMemberAdded;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.tick.SyncSweepTick;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.odoosync.TestEvents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackedChangeTests {

	@Test
	void aProjectDependsOnItsOwnerAndATaskOnItsProject() {
		TrackedChange project = TrackedChange
			.of(TestEvents.event(new ProjectMemberAdded(TestEvents.project("3", "7"), "7"), 2))
			.orElseThrow();
		assertThat(project.kind()).isEqualTo(EntityKind.PROJECT);
		assertThat(project.dependsOn()).isEqualTo("7");
		assertThat(project.version()).isEqualTo(2);
		TrackedChange task = TrackedChange
			.of(TestEvents.event(new TaskCreated(TestEvents.task("9", "3", "T", null, List.of())), 1))
			.orElseThrow();
		assertThat(task.dependsOn()).isEqualTo("3");
		assertThat(task.deleted()).isFalse();
		TrackedChange user = TrackedChange.of(TestEvents.event(new UserCreated(TestEvents.user("7", "A", "B", "")), 1))
			.orElseThrow();
		assertThat(user.dependsOn()).isNull();
	}

	@Test
	void aDeletedTaskIsMarkedDeleted() {
		assertThat(
				TrackedChange.of(TestEvents.event(new TaskDeleted(TestEvents.task("9", "3", "T", null, List.of())), 4))
					.orElseThrow()
					.deleted())
			.isTrue();
	}

	@Test
	void ticksAndLinksAreNoChangeToSync() {
		SyncSweepTick tick = new SyncSweepTick("sweep", Instant.now(), UUID.randomUUID());
		assertThat(TrackedChange.of(EventEnvelope.of(tick, tick.aggregateVersion(), Instant.now()))).isEmpty();
		OdooLinkEstablished link = new OdooLinkEstablished(EntityKind.TASK, "9", "project.task", 4, 1, List.of());
		assertThat(TrackedChange.of(EventEnvelope.of(link, 1, Instant.now()))).isEmpty();
	}

}
