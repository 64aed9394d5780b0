package com.geniusharmony.odoosync.mapping;

import java.util.Optional;
import java.util.Set;

import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.odoosync.odoo.OdooField;
import org.jspecify.annotations.Nullable;

/**
 * A task's status and the {@code state} of its {@code project.task} (ADR 0016). Odoo has
 * more states than the platform, so they map by class: Odoo's open states (in progress,
 * changes requested, approved, waiting) are the platform's {@code todo} and
 * {@code in_progress}, its closed ones (done, cancelled) the platform's {@code done}. A
 * platform status is written as {@code 01_in_progress} or {@code 1_done}; an Odoo state
 * of the class the platform's status is already in changes nothing on the platform.
 */
public final class TaskStates {

	static final String COLUMN = "state";

	static final String IN_PROGRESS = "01_in_progress";

	static final String DONE = "1_done";

	private static final Set<String> OPEN = Set.of(IN_PROGRESS, "02_changes_requested", "03_approved",
			"04_waiting_normal");

	private static final Set<String> CLOSED = Set.of(DONE, "1_canceled");

	private TaskStates() {
	}

	/**
	 * Whether the model's {@code state} field can carry the status: a selection with both
	 * the states the platform writes (Odoo 17 and later; older versions have none).
	 * @param state the field, or {@code null} if the model has none
	 * @return true if the status is synced
	 */
	static boolean supported(@Nullable OdooField state) {
		return state != null && state.selection().containsAll(Set.of(IN_PROGRESS, DONE));
	}

	/**
	 * The state a platform status is written as.
	 * @param status the platform's status
	 * @return {@code 1_done} or {@code 01_in_progress}
	 */
	static String toOdoo(TaskStatus status) {
		return (status == TaskStatus.DONE) ? DONE : IN_PROGRESS;
	}

	/**
	 * The platform status an Odoo state gives a task.
	 * @param state the Odoo state
	 * @param current the task's status on the platform
	 * @return the status, unchanged if the state is of its class ({@code done} reopened
	 * becomes {@code in_progress}); empty for a state this mapping does not know
	 */
	public static Optional<TaskStatus> toPlatform(String state, TaskStatus current) {
		if (CLOSED.contains(state)) {
			return Optional.of(TaskStatus.DONE);
		}
		if (OPEN.contains(state)) {
			return Optional.of((current == TaskStatus.DONE) ? TaskStatus.IN_PROGRESS : current);
		}
		return Optional.empty();
	}

	/**
	 * Whether two Odoo states say the same to the platform: both open or both closed.
	 */
	static boolean agree(String state, String other) {
		return state.equals(other) || (OPEN.contains(state) && OPEN.contains(other))
				|| (CLOSED.contains(state) && CLOSED.contains(other));
	}

}
