/**
 * The operations API for administrators ({@code /api/sync/...}): the connection check to
 * Odoo, the sync status and failures, re-syncs and replays.
 */
@NullMarked
package com.geniusharmony.odoosync.ops;

import org.jspecify.annotations.NullMarked;
