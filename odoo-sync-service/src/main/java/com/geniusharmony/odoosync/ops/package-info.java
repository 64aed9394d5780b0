/**
 * The operations API ({@code /api/sync}, administrators only): the sync's status, each
 * entity's sync state, the failures with their reasons, and resyncs and replays.
 */
@NullMarked
package com.geniusharmony.odoosync.ops;

import org.jspecify.annotations.NullMarked;
