package com.geniusharmony.events.odoolink;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One field of an entity that was changed in Odoo, with the values as the platform's REST
 * API writes them ({@code "done"}, {@code "2025-04-15"}, {@code "true"}).
 *
 * @param field the platform's name of the field, such as {@code title} or
 * {@code first_name}
 * @param from the platform's value the change was compared with; the change applies only
 * while the platform still has it, {@code null} for "no value"
 * @param to the value Odoo has, {@code null} for "no value" (a cleared deadline)
 */
public record FieldChange(String field, @Nullable String from, @Nullable String to) {

	public FieldChange {
		Objects.requireNonNull(field, "field");
	}

}
