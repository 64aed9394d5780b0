package com.geniusharmony.support.web;

/**
 * Turns Java property paths ({@code assigneeIds[0]}, {@code owner.firstName}) into the
 * API's snake_case spelling ({@code assignee_ids[0]}, {@code owner.first_name}).
 */
final class FieldNames {

	private FieldNames() {
	}

	static String toApi(String javaPath) {
		StringBuilder result = new StringBuilder();
		for (String segment : javaPath.split("\\.", -1)) {
			if (!result.isEmpty()) {
				result.append('.');
			}
			int index = segment.indexOf('[');
			String name = (index < 0) ? segment : segment.substring(0, index);
			result.append(snakeCase(name));
			if (index >= 0) {
				result.append(segment.substring(index));
			}
		}
		return result.toString();
	}

	private static String snakeCase(String name) {
		StringBuilder result = new StringBuilder(name.length() + 4);
		for (char c : name.toCharArray()) {
			if (Character.isUpperCase(c)) {
				if (!result.isEmpty()) {
					result.append('_');
				}
				result.append(Character.toLowerCase(c));
			}
			else {
				result.append(c);
			}
		}
		return result.toString();
	}

}
