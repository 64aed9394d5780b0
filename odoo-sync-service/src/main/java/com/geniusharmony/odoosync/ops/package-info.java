/**
 * The operations API ({@code /api/sync}, administrators only): the sync's status, each
 * entity's sync state as read from the state store, the failures with their reasons,
 * resyncs and replays, and the connection check that says which step of reaching Odoo
 * fails.
 */
@NullMarked
package com.geniusharmony.odoosync.ops;

import org.jspecify.annotations.NullMarked;
