package com.geniusharmony.odoosync.mapping;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * Values as Odoo's import format ({@code load}) reads them: booleans as {@code 1} and
 * {@code 0}, dates as {@code YYYY-MM-DD}, datetimes as {@code YYYY-MM-DD HH:MM:SS} (UTC),
 * HTML from plain text, and the empty string for "no value".
 */
final class OdooValues {

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
		return (date != null) ? date.atTime(time).format(OdooMapping.ODOO_DATETIME) : "";
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

	/**
	 * The text of an HTML field, as {@link #html(String)} would write it again: tags
	 * dropped, paragraphs separated by a blank line, line breaks kept, entities decoded.
	 */
	static String text(String html) {
		String text = html.replaceAll("(?i)<br\\s*/?>", "\n")
			.replaceAll("(?i)</p>\\s*<p[^>]*>", "\n\n")
			.replaceAll("(?i)</?(p|div)[^>]*>", "\n\n")
			.replaceAll("<[^>]*>", "");
		text = unescape(text).replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
		return text;
	}

	/**
	 * A text in the form both sides keep it: as its HTML would read back.
	 */
	static String comparable(String text) {
		return text(html(text));
	}

	private static String unescape(String text) {
		return text.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
