/**
 * Ticks the scheduler publishes on {@code harmony.ticks}. A tick's aggregate is its
 * schedule; its scheduled instant is the idempotency key, and the aggregate version grows
 * with it.
 */
@NullMarked
package com.geniusharmony.events.tick;

import org.jspecify.annotations.NullMarked;
