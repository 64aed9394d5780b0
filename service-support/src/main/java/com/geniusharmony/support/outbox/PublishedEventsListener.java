package com.geniusharmony.support.outbox;

import java.util.List;

/**
 * Hears which outbox rows the broker acknowledged, after they left the outbox: a service
 * that keeps its own record of what was sent (the scheduler's ticks) declares a bean of
 * this type. Called on the relay's thread, on whichever replica is the relay; a failure
 * is logged and does not hold up publishing.
 */
@FunctionalInterface
public interface PublishedEventsListener {

	/**
	 * @param rows the published rows, in order
	 */
	void published(List<OutboxRow> rows);

}
