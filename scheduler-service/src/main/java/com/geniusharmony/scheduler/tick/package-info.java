/**
 * The schedules and their ticks: the leader claims each due slot under its lease's fence,
 * records the tick in the same statement, and publishes it to {@code harmony.ticks}; an
 * administrator can fire a tick at once.
 */
@NullMarked
package com.geniusharmony.scheduler.tick;

import org.jspecify.annotations.NullMarked;
