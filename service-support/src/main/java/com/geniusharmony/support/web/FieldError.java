package com.geniusharmony.support.web;

/**
 * One bad field of a request, as listed in the {@code errors} property of a 400 problem.
 *
 * @param field the field's name as the API spells it (snake_case, with dots and indexes
 * for nested values)
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {
}
