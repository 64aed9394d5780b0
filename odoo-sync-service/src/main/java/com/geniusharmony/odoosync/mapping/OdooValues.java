package com.geniusharmony.odoosync.mapping;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * Values as Odoo's import format ({@code load}) reads them: booleans as {@code 1} and
 * {@code 0}, dates as {@code YYYY-MM-DD}, datetimes as {@code YYYY-MM-DD HH:MM:SS} (UTC),
 * HTML from plain text, and the empty string for "no value".
 */
final class OdooValues {

	private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private OdooValues() {
	}

	static String bool(boolean value) {
		return value ? "1" : "0";
	}

	static String date(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

	/**
	 * A day as a datetime field stores it (Odoo 17 and later keep a task's deadline as a
	 * datetime).
	 */
	static String datetime(@Nullable LocalDate date, LocalTime time) {
		return (date != null) ? date.atTime(time).format(DATETIME) : "";
	}

	/**
	 * Plain text as the content of an HTML field: escaped, one paragraph per blank-line
	 * separated block, line breaks kept.
	 */
	static String html(String text) {
		if (text.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
		}
		return html.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
