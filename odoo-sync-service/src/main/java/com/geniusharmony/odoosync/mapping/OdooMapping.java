package com.geniusharmony.odoosync.mapping;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.user.UserState;

/**
 * The rules by which an entity's state becomes the values of its Odoo record, where more
 * than the row builders need them: the drift report checks Odoo against the same rules
 * the sync writes with.
 */
public final class OdooMapping {

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

}
