package com.geniusharmony.odoosync.mapping;

import java.time.LocalDate;
import java.util.List;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectArchived;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.odoosync.SyncIntegrationTest;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.ops.EntitySyncState;
import com.geniusharmony.odoosync.state.SyncStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProjectSyncIntegrationTests extends SyncIntegrationTest {

	@Test
	void writesTheProjectWithItsOwnersContactDescriptionAndDates() {
		String owner = TestEvents.newId();
		String id = TestEvents.newId();
		publish(TestEvents.event(new UserCreated(TestEvents.user(owner, "Ines", "Roy", "ines@example.com")), 1));
		publish(TestEvents.event(new ProjectCreated(new ProjectState(id, "Intranet", "Plan <b>&</b> build\nfast", owner,
				List.of(owner), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30), false)), 1));
		OdooRecord project = awaitRecord(EntityKind.PROJECT, id);
		assertThat(project.model()).isEqualTo("project.project");
		assertThat(project.get("name")).isEqualTo("Intranet");
		assertThat(project.get("description")).isEqualTo("<p>Plan &lt;b&gt;&amp;&lt;/b&gt; build<br>fast</p>");
		assertThat(project.get("partner_id")).isEqualTo(awaitRecord(EntityKind.USER, owner).id());
		assertThat(project.get("date_start")).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(project.get("date")).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(project.active()).isTrue();
	}

	@Test
	void waitsForItsOwnerToReachOdooFirst() {
		String owner = TestEvents.newId();
		String id = TestEvents.newId();
		publish(TestEvents.event(new ProjectCreated(TestEvents.project(id, owner)), 1));
		await().atMost(WAIT).until(() -> state(EntityKind.PROJECT, id), (state) -> state != null);
		EntitySyncState waiting = state(EntityKind.PROJECT, id);
		assertThat(waiting.status()).isEqualTo(SyncStatus.PENDING);
		assertThat(waiting.waitingFor()).isEqualTo("user " + owner);
		assertThat(waiting.attempts()).isZero();
		publish(TestEvents.event(new UserCreated(TestEvents.user(owner, "Jo", "Kim", "jo@example.com")), 1));
		assertThat(awaitRecord(EntityKind.PROJECT, id).get("partner_id"))
			.isEqualTo(awaitRecord(EntityKind.USER, owner).id());
		assertThat(awaitStatus(EntityKind.PROJECT, id, SyncStatus.SYNCED).waitingFor()).isNull();
	}

	@Test
	void archivesAnArchivedProject() {
		String owner = TestEvents.newId();
		String id = TestEvents.newId();
		publish(TestEvents.event(new UserCreated(TestEvents.user(owner, "Lou", "Moss", "lou@example.com")), 1));
		ProjectState project = TestEvents.project(id, owner);
		publish(TestEvents.event(new ProjectCreated(project), 1));
		int odooId = awaitRecord(EntityKind.PROJECT, id).id();
		publish(TestEvents.event(new ProjectArchived(new ProjectState(id, project.name(), project.description(), owner,
				project.memberIds(), null, null, true)), 2));
		await().atMost(WAIT).until(() -> !odoo().record("project.project", odooId).orElseThrow().active());
	}

}
