package com.geniusharmony.odoosync.pull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.FieldChange;
import com.geniusharmony.events.project.ProjectArchived;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.task.TaskUpdated;
import com.geniusharmony.odoosync.mapping.OdooMapping;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules by which a record read from Odoo becomes changes for the platform: what
 * changed only in Odoo applies, a field changed on both sides goes to the later change,
 * and what cannot be mapped is reported once and left in Odoo.
 */
class ChangeDetectorTests {

	private static final Instant PLATFORM_CHANGED_AT = Instant.parse("2026-12-03T10:00:00Z");

	private static final Instant NOW = Instant.parse("2026-12-03T10:05:00Z");

	private static final Map<String, String> AGREED = Map.of("name", "Plan", "description", "", "date_deadline",
			"2026-12-10", "state", "01_in_progress", "user_ids/.id", "");

	@Test
	void aFieldChangedOnlyInOdooIsApplied() {
		Detection detection = detect(task("Plan", TaskStatus.TODO), AGREED, odoo("Plan v2", "01_in_progress"),
				PLATFORM_CHANGED_AT.plusSeconds(60));
		assertThat(detection.changes()).containsExactly(new FieldChange("title", "Plan", "Plan v2"));
		assertThat(detection.conflicts()).isEmpty();
		assertThat(detection.agreed()).containsEntry("name", "Plan v2");
	}

	@Test
	void aValueHandedToThePlatformHoldsPushesOfItsColumnBackUntilThePlatformHasIt() {
		Detection handed = detect(task("Plan", TaskStatus.TODO), AGREED, odoo("Plan v2", "01_in_progress"),
				PLATFORM_CHANGED_AT.plusSeconds(60));
		assertThat(handed.agreed()).containsEntry("awaiting:name", "Plan v2")
			.containsEntry("awaiting_until", NOW.plusSeconds(300).toString());
		assertThat(OdooMapping.awaited("name", handed.agreed(), NOW)).isTrue();
		assertThat(OdooMapping.awaited("name", handed.agreed(), NOW.plusSeconds(301))).isFalse();
		Detection applied = detect(task("Plan v2", TaskStatus.TODO), handed.agreed(), odoo("Plan v2", "01_in_progress"),
				PLATFORM_CHANGED_AT.plusSeconds(60));
		assertThat(applied.changes()).isEmpty();
		assertThat(applied.agreed()).doesNotContainKeys("awaiting:name", "awaiting_until");
	}

	@Test
	void anOpenStateOfOdooLeavesAnOpenPlatformStatusAsItIs() {
		Detection detection = detect(task("Plan", TaskStatus.TODO), AGREED, odoo("Plan", "03_approved"),
				PLATFORM_CHANGED_AT.plusSeconds(60));
		assertThat(detection.changes()).isEmpty();
		assertThat(detection.agreed()).containsEntry("state", "03_approved");
	}

	@Test
	void aFieldChangedOnBothSidesGoesToOdooWhenOdoosChangeIsLater() {
		Detection detection = detect(task("Plan from the platform", TaskStatus.TODO), AGREED,
				odoo("Plan from Odoo", "01_in_progress"), PLATFORM_CHANGED_AT.plusSeconds(60));
		assertThat(detection.changes())
			.containsExactly(new FieldChange("title", "Plan from the platform", "Plan from Odoo"));
		assertThat(detection.conflicts()).singleElement().satisfies((conflict) -> {
			assertThat(conflict.winner()).isEqualTo("odoo");
			assertThat(conflict.lostValue()).isEqualTo("Plan from the platform");
		});
	}

	@Test
	void aFieldChangedOnBothSidesGoesToThePlatformWhenItsChangeIsLater() {
		Detection detection = detect(task("Plan from the platform", TaskStatus.TODO), AGREED,
				odoo("Plan from Odoo", "01_in_progress"), PLATFORM_CHANGED_AT.minusSeconds(60));
		assertThat(detection.changes()).isEmpty();
		assertThat(detection.conflicts()).singleElement().satisfies((conflict) -> {
			assertThat(conflict.winner()).isEqualTo("platform");
			assertThat(conflict.lostValue()).isEqualTo("Plan from Odoo");
		});
		// the push writes the platform's title, since it no longer agrees with Odoo's
		assertThat(detection.agreed()).containsEntry("name", "Plan from Odoo");
	}

	@Test
	void anUnknownStateIsReportedOnceAndLeftInOdoo() {
		Detection first = detect(task("Plan", TaskStatus.TODO), AGREED, odoo("Plan", "05_on_hold"),
				PLATFORM_CHANGED_AT.plusSeconds(60));
		assertThat(first.changes()).isEmpty();
		assertThat(first.warnings()).singleElement().asString().contains("05_on_hold");
		assertThat(first.agreed()).containsEntry("state", "01_in_progress");
		Detection again = detect(task("Plan", TaskStatus.TODO), first.agreed(), odoo("Plan", "05_on_hold"),
				PLATFORM_CHANGED_AT.plusSeconds(60));
		assertThat(again.warnings()).isEmpty();
	}

	@Test
	void assigneesAddedInOdooWhoAreNoPlatformUsersStayInOdooOnly() {
		Map<String, String> odoo = new HashMap<>(odoo("Plan", "01_in_progress"));
		odoo.put("user_ids/.id", "7,9");
		Detection detection = detect(task("Plan", TaskStatus.TODO), AGREED, odoo, PLATFORM_CHANGED_AT.plusSeconds(60),
				Map.of(7L, "12"));
		assertThat(detection.assigneesAdded()).containsExactly("12");
		assertThat(detection.warnings()).singleElement().asString().contains("Odoo user 9");
		assertThat(detection.agreed()).containsEntry("odoo_only_user_ids", "9").containsEntry("user_ids/.id", "7,9");
	}

	@Test
	void aProjectBroughtBackInOdooIsReportedSinceThePlatformCannotUnarchive() {
		ProjectState archived = new ProjectState("3", "Old site", "", "7", List.of("7"), null, null, true);
		ClaimedEntity entity = new ClaimedEntity(EntityKind.PROJECT, "3", 4, 4, 77L, false,
				EventEnvelope.of(new ProjectArchived(archived), 4, PLATFORM_CHANGED_AT),
				Map.of("name", "Old site", "active", "0"));
		PulledRecord odoo = new PulledRecord(77,
				LocalDateTime.ofInstant(PLATFORM_CHANGED_AT.plusSeconds(60), ZoneOffset.UTC),
				Map.of("name", "Old site", "active", "1"));
		Detection detection = ChangeDetector.detect(new ChangeDetector.Comparison(entity,
				Map.of("name", "Old site", "active", "0"), odoo, Map.of(), NOW, NOW.plusSeconds(300)));
		assertThat(detection.changes()).isEmpty();
		assertThat(detection.warnings()).singleElement().asString().contains("cannot bring an archived project back");
		assertThat(detection.agreed()).containsEntry("active", "0");
	}

	private static Detection detect(TaskState task, Map<String, String> agreed, Map<String, String> odoo,
			Instant odooWrittenAt) {
		return detect(task, agreed, odoo, odooWrittenAt, Map.of());
	}

	private static Detection detect(TaskState task, Map<String, String> agreed, Map<String, String> odoo,
			Instant odooWrittenAt, Map<Long, String> platformUsers) {
		ClaimedEntity entity = new ClaimedEntity(EntityKind.TASK, task.id(), 2, 2, 501L, false,
				EventEnvelope.of(new TaskUpdated(task), 2, PLATFORM_CHANGED_AT), agreed);
		Map<String, String> wanted = Map.of("name", task.title(), "description", task.description(), "date_deadline",
				"2026-12-10", "state", (task.status() == TaskStatus.DONE) ? "1_done" : "01_in_progress", "user_ids/.id",
				"");
		return ChangeDetector.detect(new ChangeDetector.Comparison(entity, wanted,
				new PulledRecord(501, LocalDateTime.ofInstant(odooWrittenAt, ZoneOffset.UTC), odoo), platformUsers, NOW,
				NOW.plusSeconds(300)));
	}

	private static TaskState task(String title, TaskStatus status) {
		return new TaskState("42", "3", title, "", status, LocalDate.parse("2026-12-10"), List.of());
	}

	private static Map<String, String> odoo(String name, String state) {
		return Map.of("name", name, "description", "", "date_deadline", "2026-12-10", "state", state, "user_ids/.id",
				"");
	}

}
