/**
 * How entities become Odoo rows: for each kind, the columns and values of a {@code load}
 * into {@code res.partner}, {@code project.project} or {@code project.task}, named by
 * external id so that writing an entity twice updates its record; the Odoo users of a
 * task's assignees, found by email; and the rules the drift report checks Odoo against.
 */
@NullMarked
package com.geniusharmony.odoosync.mapping;

import org.jspecify.annotations.NullMarked;
