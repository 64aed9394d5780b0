package com.geniusharmony.odoosync.mapping;

import java.time.LocalDate;
import java.util.List;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odoosync.SyncTestBase;
import com.geniusharmony.odoosync.SyncTestOdoo;
import com.geniusharmony.odoosync.TestEvents;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service writing to an Odoo 16, whose {@code fields_get} says a task's deadline is a
 * date (Odoo 17 made it a datetime).
 */
class Odoo16DeadlineIntegrationTests extends SyncTestBase {

	@DynamicPropertySource
	static void odoo(DynamicPropertyRegistry registry) {
		SyncTestOdoo.register(registry, SyncTestOdoo.odoo16());
	}

	@Override
	protected OdooEmulator odoo() {
		return SyncTestOdoo.odoo16();
	}

	@Test
	void writesATasksDeadlineAsADate() {
		String owner = TestEvents.newId();
		String project = TestEvents.newId();
		String task = TestEvents.newId();
		publish(TestEvents.event(new UserCreated(TestEvents.user(owner, "Sam", "Old", "sam@example.com")), 1));
		publish(TestEvents.event(new ProjectCreated(TestEvents.project(project, owner)), 1));
		publish(TestEvents
			.event(new TaskCreated(TestEvents.task(task, project, "Legacy", LocalDate.of(2026, 7, 14), List.of())), 1));
		assertThat(awaitRecord(EntityKind.TASK, task).get("date_deadline")).isEqualTo(LocalDate.of(2026, 7, 14));
	}

}
