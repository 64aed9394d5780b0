package com.geniusharmony.odoosync.batch;

import java.util.List;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.odoosync.SyncIntegrationTest;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.state.SyncStatus;
import com.geniusharmony.support.testing.PrometheusScrape;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SyncMetricsIntegrationTests extends SyncIntegrationTest {

	@Test
	void exposesEntityCountsLagRecordsAndBatchesToPrometheus() {
		String owner = TestEvents.newId();
		String project = TestEvents.newId();
		String task = TestEvents.newId();
		publish(TestEvents.event(new UserCreated(TestEvents.user(owner, "Tia", "Meter", "tia@example.com")), 1));
		publish(TestEvents.event(new ProjectCreated(TestEvents.project(project, owner)), 1));
		publish(TestEvents.event(new TaskCreated(TestEvents.task(task, project, "", null, List.of())), 1));
		await().atMost(WAIT)
			.until(() -> state(EntityKind.TASK, task),
					(state) -> state != null && state.status() != SyncStatus.PENDING);
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(PrometheusScrape.of(this.web)).containsPattern(
					"harmony_sync_entities\\{kind=\"user\",service=\"odoo-sync-service\",status=\"synced\"\\} [1-9]")
				.containsPattern(
						"harmony_sync_entities\\{kind=\"task\",service=\"odoo-sync-service\",status=\"(failed|parked)\"\\} [1-9]")
				.contains("harmony_sync_entities{kind=\"project\",service=\"odoo-sync-service\",status=\"pending\"}")
				.containsPattern("harmony_sync_lag_seconds\\{service=\"odoo-sync-service\"\\} [1-9]")
				.containsPattern(
						"harmony_sync_records_total\\{kind=\"user\",outcome=\"synced\",service=\"odoo-sync-service\"\\} [1-9]")
				.containsPattern(
						"harmony_sync_records_total\\{kind=\"task\",outcome=\"failed\",service=\"odoo-sync-service\"\\} [1-9]")
				.containsPattern(
						"harmony_sync_batches_total\\{kind=\"user\",outcome=\"ok\",service=\"odoo-sync-service\"\\} [1-9]"));
	}

}
