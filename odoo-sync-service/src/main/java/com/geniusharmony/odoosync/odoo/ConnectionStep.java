package com.geniusharmony.odoosync.odoo;

import java.util.Locale;

/**
 * One step of the connection check.
 *
 * @param name what was checked: {@code configuration}, {@code dns}, {@code tcp},
 * {@code tls}, {@code odoo}, {@code database}, {@code credentials}, or
 * {@code access:<model>:<operation>}
 * @param status whether it passed, failed or was not checked
 * @param message what was found, in a sentence; never a password or key
 */
public record ConnectionStep(String name, Status status, String message) {

	static ConnectionStep ok(String name, String message) {
		return new ConnectionStep(name, Status.OK, message);
	}

	static ConnectionStep failed(String name, String message) {
		return new ConnectionStep(name, Status.FAILED, message);
	}

	static ConnectionStep skipped(String name, String message) {
		return new ConnectionStep(name, Status.SKIPPED, message);
	}

	/**
	 * The outcome of a step.
	 */
	public enum Status {

		/** Checked, and fine. */
		OK,

		/** Checked, and wrong: the message says what. */
		FAILED,

		/** Not checked: an earlier step failed, or it does not apply. */
		SKIPPED;

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
