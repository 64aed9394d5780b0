/**
 * Consumes the users, projects and tasks topics into the sync's state store, and the sync
 * sweep ticks (once per scheduled instant) into sweeps; either asks the drain to run
 * soon. Unreadable records go to the dead-letter topics through the shared error handler.
 */
@NullMarked
package com.geniusharmony.odoosync.intake;

import org.jspecify.annotations.NullMarked;
