package com.geniusharmony.odoosync.pull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.geniusharmony.events.odoolink.FieldChange;
import com.geniusharmony.events.project.ProjectEvent;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.task.TaskEvent;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.user.UserEvent;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.odoosync.mapping.OdooMapping;
import com.geniusharmony.odoosync.mapping.TaskStates;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import org.jspecify.annotations.Nullable;

/**
 * Compares an Odoo record with what Odoo and the platform last agreed on (ADR 0016). A
 * column whose Odoo value differs from it was changed in Odoo: if the platform did not
 * change it too, the change goes to the platform; if both did, the later change wins (the
 * record's {@code write_date} against the platform's last change) and the conflict is
 * recorded. A value the platform cannot take is reported once and left in Odoo.
 */
final class ChangeDetector {

	private static final int MAX_TITLE = 200;

	private static final int MAX_DESCRIPTION = 10000;

	/**
	 * Kept with the agreed values: the Odoo value of a column last reported as
	 * unmappable.
	 */
	private static final String UNMAPPED = "unmapped:";

	private ChangeDetector() {
	}

	static Detection detect(Comparison comparison) {
		return new Run(comparison).detect();
	}

	/**
	 * Whether Odoo's value of a column differs from the one both sides agreed on, and was
	 * not reported as unmappable already.
	 * @param column the column
	 * @param value Odoo's value
	 * @param agreed what both sides agreed on
	 * @return true for a change made in Odoo; false for a column never agreed on
	 */
	static boolean changedInOdoo(String column, String value, Map<String, String> agreed) {
		String was = agreed.get(column);
		return was != null && !value.equals(was) && !value.equals(agreed.get(UNMAPPED + column));
	}

	/**
	 * What a record is compared with.
	 *
	 * @param entity the entity linked to it, with what both sides last agreed on
	 * @param wanted the values a push of the entity's latest state would write, by column
	 * @param odoo the record
	 * @param platformUsers the platform user of each Odoo user that has one
	 * @param now the current instant
	 * @param awaitUntil until when pushes leave the values handed to core-service alone
	 */
	record Comparison(ClaimedEntity entity, Map<String, String> wanted, PulledRecord odoo,
			Map<Long, String> platformUsers, Instant now, Instant awaitUntil) {

	}

	private static final class Run {

		private final Comparison comparison;

		private final Map<String, String> base;

		private final Map<String, String> agreed;

		private final List<FieldChange> changes = new ArrayList<>();

		private final List<String> added = new ArrayList<>();

		private final List<String> removed = new ArrayList<>();

		private final List<Conflict> conflicts = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private final boolean odooIsLater;

		Run(Comparison comparison) {
			this.comparison = comparison;
			Map<String, String> known = comparison.entity().base();
			this.base = (known != null) ? known : comparison.wanted();
			this.agreed = new HashMap<>(this.base);
			forgetWhatThePlatformHasOrWaitedTooLong();
			Instant odooTime = comparison.odoo().writeDate().toInstant(ZoneOffset.UTC);
			this.odooIsLater = odooTime.isAfter(comparison.entity().event().occurredAt());
		}

		Detection detect() {
			this.comparison.odoo().values().forEach(this::compare);
			if (!this.changes.isEmpty() || !this.added.isEmpty() || !this.removed.isEmpty()) {
				this.agreed.put(OdooMapping.AWAITING_UNTIL, this.comparison.awaitUntil().toString());
			}
			return new Detection(this.changes, this.added, this.removed, this.agreed, this.conflicts, this.warnings);
		}

		/**
		 * Values handed to core-service earlier stop holding pushes back once the
		 * platform has them, or once the wait is over.
		 */
		private void forgetWhatThePlatformHasOrWaitedTooLong() {
			List<String> awaited = this.agreed.keySet()
				.stream()
				.filter((key) -> key.startsWith(OdooMapping.AWAITING))
				.toList();
			for (String key : awaited) {
				String column = key.substring(OdooMapping.AWAITING.length());
				String wanted = this.comparison.wanted().get(column);
				if (!OdooMapping.awaited(column, this.agreed, this.comparison.now())
						|| (wanted != null && OdooMapping.agrees(column, wanted, this.agreed.get(key)))) {
					this.agreed.remove(key);
				}
			}
			if (this.agreed.keySet().stream().noneMatch((key) -> key.startsWith(OdooMapping.AWAITING))) {
				this.agreed.remove(OdooMapping.AWAITING_UNTIL);
			}
		}

		private void compare(String column, String odooValue) {
			String was = this.base.get(column);
			String platformValue = this.comparison.wanted().get(column);
			if (odooValue.equals(was) || platformValue == null) {
				return;
			}
			if (OdooMapping.TASK_ASSIGNEES.equals(column)) {
				int before = this.added.size() + this.removed.size();
				assignees(odooValue, (was != null) ? was : platformValue);
				this.agreed.put(column, odooValue);
				if (this.added.size() + this.removed.size() > before) {
					this.agreed.put(OdooMapping.AWAITING + column, odooValue);
				}
				return;
			}
			if (OdooMapping.agrees(column, platformValue, odooValue)) {
				// the same on both sides: nothing to apply
				this.agreed.put(column, odooValue);
				return;
			}
			if (was != null && !OdooMapping.agrees(column, platformValue, was)) {
				Conflict conflict = new Conflict(column, platformValue, odooValue,
						this.odooIsLater ? "odoo" : "platform");
				this.conflicts.add(conflict);
				if (!this.odooIsLater) {
					// the platform's value is written to Odoo by the pending push
					this.agreed.put(column, odooValue);
					return;
				}
			}
			int before = this.changes.size();
			if (apply(column, odooValue)) {
				this.agreed.put(column, odooValue);
				this.agreed.remove(UNMAPPED + column);
				if (this.changes.size() > before) {
					this.agreed.put(OdooMapping.AWAITING + column, odooValue);
				}
			}
		}

		/**
		 * @return false if the value cannot be mapped (reported, left in Odoo)
		 */
		private boolean apply(String column, String value) {
			return switch (this.comparison.entity().kind()) {
				case TASK -> applyToTask(column, value);
				case PROJECT -> applyToProject(column, value);
				case USER -> applyToUser(column, value);
			};
		}

		private boolean applyToTask(String column, String value) {
			TaskState task = this.comparison.entity().payload(TaskEvent.class).task();
			switch (column) {
				case "name" -> {
					if (value.isBlank() || value.length() > MAX_TITLE) {
						return unmapped(column, value, "a title must have 1 to " + MAX_TITLE + " characters");
					}
					change("title", task.title(), value);
				}
				case "description" -> {
					if (value.length() > MAX_DESCRIPTION) {
						return unmapped(column, value, "a description has at most " + MAX_DESCRIPTION + " characters");
					}
					change("description", task.description(), value);
				}
				case "date_deadline" -> change("deadline",
						(task.deadline() != null) ? task.deadline().toString() : null, value.isEmpty() ? null : value);
				case OdooMapping.TASK_STATE -> {
					TaskStatus status = TaskStates.toPlatform(value, task.status()).orElse(null);
					if (status == null) {
						return unmapped(column, value, "the platform has no status for it");
					}
					if ("1_canceled".equals(value)) {
						this.warnings.add("Task " + task.id() + " was cancelled in Odoo; the platform has no cancelled"
								+ " status, so it is done there");
					}
					change("status", task.status().wireName(), status.wireName());
				}
				default -> {
					// a column the poller does not bring back
				}
			}
			return true;
		}

		private boolean applyToProject(String column, String value) {
			ProjectState project = this.comparison.entity().payload(ProjectEvent.class).project();
			switch (column) {
				case "name" -> {
					if (value.isBlank() || value.length() > MAX_TITLE) {
						return unmapped(column, value, "a project name must have 1 to " + MAX_TITLE + " characters");
					}
					change("name", project.name(), value);
				}
				case "active" -> {
					if (project.archived() && "1".equals(value)) {
						return unmapped(column, value, "the platform cannot bring an archived project back");
					}
					change("archived", String.valueOf(project.archived()), String.valueOf("0".equals(value)));
				}
				default -> {
				}
			}
			return true;
		}

		private boolean applyToUser(String column, String value) {
			UserState user = this.comparison.entity().payload(UserEvent.class).user();
			switch (column) {
				case "name" -> {
					String name = value.strip();
					if (name.isEmpty()) {
						return unmapped(column, value, "a user's name cannot be empty");
					}
					// the first word is the first name, the rest the last name
					int space = name.indexOf(' ');
					String first = (space < 0) ? name : name.substring(0, space);
					String last = (space < 0) ? "" : name.substring(space + 1).strip();
					change("first_name", user.firstName(), first);
					change("last_name", user.lastName(), last);
				}
				case "email" -> change("email", user.email(), value.strip());
				default -> {
				}
			}
			return true;
		}

		private void change(String field, @Nullable String from, @Nullable String to) {
			if (!Objects.equals(from, to)) {
				this.changes.add(new FieldChange(field, from, to));
			}
		}

		private boolean unmapped(String column, String value, String why) {
			if (!value.equals(this.base.get(UNMAPPED + column))) {
				this.warnings
					.add("Odoo's " + column + " \"" + value + "\" of " + this.comparison.entity().kind().wireName()
							+ " " + this.comparison.entity().entityId() + " was not applied: " + why);
			}
			this.agreed.put(UNMAPPED + column, value);
			return false;
		}

		/**
		 * Assignees merge as sets: those added and removed in Odoo are added and removed
		 * on the platform, whatever the platform changed meanwhile. Odoo users who are no
		 * platform users stay assigned in Odoo only.
		 */
		private void assignees(String odooValue, String was) {
			TaskState task = this.comparison.entity().payload(TaskEvent.class).task();
			Set<Long> now = OdooMapping.userIds(odooValue);
			Set<Long> before = OdooMapping.userIds(was);
			Set<Long> odooOnly = new TreeSet<>(OdooMapping.userIds(this.base.get(OdooMapping.ODOO_ONLY_ASSIGNEES)));
			for (Long id : now) {
				if (before.contains(id)) {
					continue;
				}
				String user = this.comparison.platformUsers().get(id);
				if (user == null) {
					odooOnly.add(id);
					this.warnings.add("Odoo user " + id + " was assigned to task " + task.id()
							+ " in Odoo but is no platform user (no user with that email), so stays assigned in Odoo only");
				}
				else if (!task.assigneeIds().contains(user) && !this.added.contains(user)) {
					this.added.add(user);
				}
			}
			for (Long id : before) {
				if (now.contains(id)) {
					continue;
				}
				if (!odooOnly.remove(id)) {
					String user = this.comparison.platformUsers().get(id);
					if (user != null && task.assigneeIds().contains(user)) {
						this.removed.add(user);
					}
				}
			}
			odooOnly.retainAll(now);
			if (odooOnly.isEmpty()) {
				this.agreed.remove(OdooMapping.ODOO_ONLY_ASSIGNEES);
			}
			else {
				this.agreed.put(OdooMapping.ODOO_ONLY_ASSIGNEES, OdooMapping.userIds(odooOnly));
			}
		}

	}

}
