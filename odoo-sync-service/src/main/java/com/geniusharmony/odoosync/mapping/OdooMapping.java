package com.geniusharmony.odoosync.mapping;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.user.UserState;
import org.jspecify.annotations.Nullable;

/**
 * The rules by which an entity's state becomes the values of its Odoo record, where more
 * than the row builders need them: the drift report checks Odoo against the same rules
 * the sync writes with.
 */
public final class OdooMapping {

	/**
	 * The column of a task's assignees: Odoo user ids.
	 */
	public static final String TASK_ASSIGNEES = "user_ids/.id";

	/**
	 * Not a column, but kept with what both sides agreed on: the Odoo users assigned in
	 * Odoo who are no platform users, which a push leaves assigned.
	 */
	public static final String ODOO_ONLY_ASSIGNEES = "odoo_only_user_ids";

	/**
	 * Kept with the agreed values, before a column's name: a value found in Odoo and
	 * handed to core-service, which a push leaves in Odoo until the platform has it or
	 * until {@link #AWAITING_UNTIL}.
	 */
	public static final String AWAITING = "awaiting:";

	/**
	 * Kept with the agreed values: the instant (ISO-8601) until which the awaited values
	 * hold pushes back.
	 */
	public static final String AWAITING_UNTIL = "awaiting_until";

	/**
	 * Odoo's text form of a datetime, as {@code load} takes it and {@code search_read}
	 * gives it (UTC, to the second).
	 */
	public static final DateTimeFormatter ODOO_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/**
	 * The column of a task's state.
	 */
	public static final String TASK_STATE = TaskStates.COLUMN;

	private OdooMapping() {
	}

	/**
	 * The Odoo model the entities of a kind are written to.
	 * @param kind the kind
	 * @return {@code res.partner}, {@code project.project} or {@code project.task}
	 */
	public static String model(EntityKind kind) {
		return switch (kind) {
			case USER -> "res.partner";
			case PROJECT -> "project.project";
			case TASK -> "project.task";
		};
	}

	/**
	 * A user's contact name: the first and last name, or the username when both are empty
	 * (as the original integration did).
	 * @param user the user
	 * @return the {@code name} of its {@code res.partner}
	 */
	public static String contactName(UserState user) {
		String name = (user.firstName().strip() + " " + user.lastName().strip()).strip();
		return name.isEmpty() ? user.username() : name;
	}

	/**
	 * Whether a task's record is archived ({@code active} false): once the task is
	 * deleted, and while its project is archived.
	 * @param deleted whether the task is deleted
	 * @param projectArchived whether its project is archived
	 * @return true if the record is archived
	 */
	public static boolean taskArchived(boolean deleted, boolean projectArchived) {
		return deleted || projectArchived;
	}

	/**
	 * Whether the platform's value of a column still agrees with what Odoo and the
	 * platform last agreed on: equal, or for a task's state of the same class
	 * ({@link TaskStates}).
	 * @param column the column of the {@code load}
	 * @param value the platform's value, as {@link OdooRow#values()} gives it
	 * @param agreed the value last agreed on, or {@code null} if none is known
	 * @return true if the column need not be written
	 */
	public static boolean agrees(String column, String value, @Nullable String agreed) {
		if (agreed == null) {
			return false;
		}
		return TaskStates.COLUMN.equals(column) ? TaskStates.agree(value, agreed) : value.equals(agreed);
	}

	/**
	 * The text of an HTML field, in the form a task's description is compared in.
	 * @param html the field's value, empty for none
	 * @return the text
	 */
	public static String text(String html) {
		return OdooValues.text(html);
	}

	/**
	 * Odoo user ids as the assignees' column writes them.
	 * @param ids the ids
	 * @return comma-separated, in id order
	 */
	public static String userIds(Collection<Long> ids) {
		return OdooUserIds.format(ids);
	}

	/**
	 * Reads the assignees' column.
	 * @param cell the column's value, or {@code null}
	 * @return the ids, in order
	 */
	public static Set<Long> userIds(@Nullable String cell) {
		return OdooUserIds.parse(cell);
	}

	/**
	 * Whether a push leaves a column alone: its Odoo value was handed to core-service and
	 * the platform does not have it yet (or has it: then nothing needs writing either),
	 * until the wait ends.
	 * @param column the column
	 * @param agreed what both sides agreed on
	 * @param now the current instant
	 * @return true if the column is not to be written now
	 */
	public static boolean awaited(String column, Map<String, String> agreed, Instant now) {
		String until = agreed.get(AWAITING_UNTIL);
		return agreed.containsKey(AWAITING + column) && until != null && now.isBefore(Instant.parse(until));
	}

}
