package com.geniusharmony.odoosync.mapping;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.odoo.OdooField;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import com.geniusharmony.odoosync.state.Claims;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskRowsTests {

	private static final TaskState TASK = new TaskState("9", "3", "Wireframes", "Draft", TaskStatus.TODO,
			LocalDate.of(2026, 12, 1), List.of("1", "2", "4"));

	private static final Assignees.Resolved ASSIGNEES = new Assignees.Resolved(
			Map.of("1", new UserState("1", "alice", "Alice@Example.com", "", "", true), "2",
					new UserState("2", "nomail", "", "", "", true)),
			Map.of("alice@example.com", 6L));

	@Test
	void writesTheDeadlineAsADatetimeWhereOdooStoresOneAndAsADateOtherwise() {
		OdooRows.Rows odoo17 = rows(TASK, "datetime", Map.of(), LocalTime.of(9, 0));
		assertThat(cell(odoo17, "date_deadline")).isEqualTo("2026-12-01 09:00:00");
		OdooRows.Rows odoo16 = rows(TASK, "date", Map.of(), LocalTime.of(9, 0));
		assertThat(cell(odoo16, "date_deadline")).isEqualTo("2026-12-01");
	}

	@Test
	void referencesTheProjectByExternalIdAndTheAssigneesFoundInOdooByDatabaseId() {
		OdooRows.Rows rows = rows(TASK, "datetime", Map.of(), LocalTime.MIDNIGHT);
		assertThat(cell(rows, "id")).isEqualTo("harmony.task_9");
		assertThat(cell(rows, "name")).isEqualTo("Wireframes");
		assertThat(cell(rows, "project_id/id")).isEqualTo("harmony.project_3");
		assertThat(cell(rows, "description")).isEqualTo("<p>Draft</p>");
		assertThat(cell(rows, "user_ids/.id")).isEqualTo("6");
		assertThat(cell(rows, "active")).isEqualTo("1");
		assertThat(rows.rows().get(0).warnings()).hasSize(2)
			.anySatisfy((warning) -> assertThat(warning).startsWith("Assignee 2 (nomail) has no email"))
			.anySatisfy((warning) -> assertThat(warning).startsWith("Assignee 4 is not known"));
	}

	@Test
	void archivesADeletedTaskAndATaskOfAnArchivedProject() {
		ClaimedEntity deleted = Claims.of(TestEvents.event(new TaskDeleted(TASK), 5), 12L);
		OdooRows.Rows rows = TaskRows.rows(List.of(deleted), fields("datetime"), Map.of(), ASSIGNEES,
				LocalTime.MIDNIGHT);
		assertThat(cell(rows, "active")).isEqualTo("0");
		assertThat(rows.rows().get(0).archived()).isTrue();
		ProjectState archived = new ProjectState("3", "Old", "", "1", List.of(), null, null, true);
		OdooRows.Rows ofArchived = rows(TASK, "datetime", Map.of("3", archived), LocalTime.MIDNIGHT);
		assertThat(cell(ofArchived, "active")).isEqualTo("0");
	}

	@Test
	void leavesTheDeadlineOutWhereTheModelHasNone() {
		OdooRows.Rows rows = TaskRows.rows(List.of(Claims.of(TestEvents.event(new TaskCreated(TASK), 1))), Map.of(),
				Map.of(), ASSIGNEES, LocalTime.MIDNIGHT);
		assertThat(rows.fields()).doesNotContain("date_deadline");
	}

	@Test
	void writesTheStatusAsTheStateWhereTheModelHasASelectionWithBothStatesItWrites() {
		OdooField state = new OdooField("state", "selection", null, true, List.of("01_in_progress",
				"02_changes_requested", "03_approved", "1_done", "1_canceled", "04_waiting_normal"));
		TaskState done = new TaskState("9", "3", "Wireframes", "", TaskStatus.DONE, null, List.of());
		OdooRows.Rows odoo18 = TaskRows.rows(List.of(Claims.of(TestEvents.event(new TaskCreated(done), 1))),
				Map.of("state", state), Map.of(), ASSIGNEES, LocalTime.MIDNIGHT);
		assertThat(cell(odoo18, "state")).isEqualTo("1_done");
		OdooRows.Rows open = rows(TASK, "datetime", Map.of(), LocalTime.MIDNIGHT);
		assertThat(open.fields()).doesNotContain("state");
		OdooField other = new OdooField("state", "selection", null, true, List.of("draft", "open", "closed"));
		OdooRows.Rows unknown = TaskRows.rows(List.of(Claims.of(TestEvents.event(new TaskCreated(TASK), 1))),
				Map.of("state", other), Map.of(), ASSIGNEES, LocalTime.MIDNIGHT);
		assertThat(unknown.fields()).doesNotContain("state");
	}

	@Test
	void comparesTheDescriptionAsTextTheDeadlineAsADayAndTheAssigneesInIdOrder() {
		OdooRows.Rows rows = rows(TASK, "datetime", Map.of(), LocalTime.of(9, 0));
		OdooRow row = rows.rows().get(0);
		assertThat(row.values().get(rows.fields().indexOf("description"))).isEqualTo("Draft");
		assertThat(row.values().get(rows.fields().indexOf("date_deadline"))).isEqualTo("2026-12-01");
		assertThat(row.values().get(rows.fields().indexOf("user_ids/.id"))).isEqualTo("6");
	}

	private static OdooRows.Rows rows(TaskState task, String deadlineType, Map<String, ProjectState> projects,
			LocalTime time) {
		return TaskRows.rows(List.of(Claims.of(TestEvents.event(new TaskCreated(task), 1))), fields(deadlineType),
				projects, ASSIGNEES, time);
	}

	private static Map<String, OdooField> fields(String deadlineType) {
		return Map.of("date_deadline", new OdooField("date_deadline", deadlineType, null, false));
	}

	private static String cell(OdooRows.Rows rows, String field) {
		return rows.rows().get(0).cells().get(rows.fields().indexOf(field));
	}

}
