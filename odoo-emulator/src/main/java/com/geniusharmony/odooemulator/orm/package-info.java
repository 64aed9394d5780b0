/**
 * The in-memory ORM: models and fields as recorded from Odoo 18, records, domains,
 * orders, the public model methods ({@code create}, {@code write}, {@code read},
 * {@code search}, {@code load}...) and the Odoo errors they raise, independent of the
 * wire protocol that calls them.
 */
@NullMarked
package com.geniusharmony.odooemulator.orm;

import org.jspecify.annotations.NullMarked;
