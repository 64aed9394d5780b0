package com.geniusharmony.notification.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The conditions of a hand-written statement over {@code notification}, with the values
 * they bind. Lists, counts and bulk actions are written by hand: building them as
 * criteria and mapping rows through the entity converter cost more CPU than PostgreSQL
 * spends on them.
 */
final class Conditions {

	private final List<String> sql = new ArrayList<>();

	private final Map<String, Object> values = new LinkedHashMap<>();

	/**
	 * The conditions of a list's filter.
	 * @param filter which notifications
	 * @return the conditions
	 */
	static Conditions of(NotificationFilter filter) {
		Conditions conditions = new Conditions();
		if (filter.userId() != null) {
			conditions.add("user_id = :userId", "userId", filter.userId());
		}
		if (filter.view() != null) {
			conditions.add(filter.view().sql());
		}
		if (filter.isRead() != null) {
			conditions.add("is_read = :isRead", "isRead", filter.isRead());
		}
		if (filter.type() != null) {
			conditions.add("type = :type", "type", filter.type().wireName());
		}
		return conditions;
	}

	Conditions add(String condition) {
		this.sql.add(condition);
		return this;
	}

	Conditions add(String condition, String name, Object value) {
		return add(condition).bind(name, value);
	}

	/**
	 * Binds a value of a condition added before.
	 */
	Conditions bind(String name, Object value) {
		this.values.put(name, value);
		return this;
	}

	/**
	 * @return {@code where} and the conditions joined by {@code and}, or nothing if there
	 * are none
	 */
	String where() {
		return this.sql.isEmpty() ? "" : " where " + String.join(" and ", this.sql);
	}

	/**
	 * A statement ending in {@link #where()}, its values bound.
	 * @param database the client
	 * @param sql the statement
	 * @return it, ready to run
	 */
	DatabaseClient.GenericExecuteSpec statement(DatabaseClient database, String sql) {
		DatabaseClient.GenericExecuteSpec statement = database.sql(sql);
		for (Map.Entry<String, Object> value : this.values.entrySet()) {
			statement = statement.bind(value.getKey(), value.getValue());
		}
		return statement;
	}

}
