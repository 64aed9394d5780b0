package com.geniusharmony.odooemulator.orm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Odoo's date and datetime formats ({@code %Y-%m-%d}, {@code %Y-%m-%d %H:%M:%S}, UTC, no
 * time zone) and its parsing of written values, with Python's error messages.
 */
final class OdooDates {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private OdooDates() {
	}

	static LocalDate toDate(String value) {
		String text = (value.length() > 10) ? value.substring(0, 10) : value;
		try {
			return LocalDate.parse(text, DATE);
		}
		catch (DateTimeParseException ex) {
			throw OdooError.valueError("time data " + PythonRepr.string(text) + " does not match format '%Y-%m-%d'");
		}
	}

	/**
	 * Parses a datetime as Odoo's {@code Datetime.to_datetime} does: the format is cut to
	 * the length of the value, so {@code 2026-12-01} is midnight and
	 * {@code 2026-12-01T10:00:00} is refused.
	 */
	static LocalDateTime toDatetime(String value) {
		if (value.length() == 19 && value.charAt(10) == ' ') {
			try {
				return LocalDateTime.parse(value, DATETIME);
			}
			catch (DateTimeParseException ex) {
				// falls through to the general case and its message
			}
		}
		String python = "%Y-%m-%d %H:%M:%S";
		String format = python.substring(0, Math.max(0, Math.min(python.length(), value.length() - 2)));
		String pattern = format.replace("%Y", "yyyy")
			.replace("%m", "MM")
			.replace("%d", "dd")
			.replace("%H", "HH")
			.replace("%M", "mm")
			.replace("%S", "ss");
		try {
			if (format.equals("%Y-%m-%d")) {
				return LocalDate.parse(value, DATE).atStartOfDay();
			}
			if (format.isEmpty() || format.endsWith("%") || format.endsWith(" ") || format.endsWith(":")) {
				throw new DateTimeParseException("unsupported", value, 0);
			}
			return LocalDateTime.parse(value, DateTimeFormatter.ofPattern(pattern));
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw OdooError.valueError("time data " + PythonRepr.string(value) + " does not match format '"
					+ ((value.length() >= 19) ? python : format) + "'");
		}
	}

}
