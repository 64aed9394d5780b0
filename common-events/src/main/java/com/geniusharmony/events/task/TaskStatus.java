package com.geniusharmony.events.task;

/**
 * Where a task stands; written on the wire in lower snake case ({@code in_progress}).
 */
public enum TaskStatus {

	TODO("todo"),

	IN_PROGRESS("in_progress"),

	DONE("done");

	private final String wireName;

	TaskStatus(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * The status as events write it.
	 * @return {@code todo}, {@code in_progress} or {@code done}
	 */
	public String wireName() {
		return this.wireName;
	}

}
