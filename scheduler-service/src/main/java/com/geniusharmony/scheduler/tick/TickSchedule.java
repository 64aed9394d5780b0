package com.geniusharmony.scheduler.tick;

/**
 * A schedule: what it emits and when.
 *
 * @param kind the tick it emits
 * @param slots the instants it fires at
 */
record TickSchedule(TickKind kind, Slots slots) {

	String name() {
		return this.kind.scheduleName();
	}

	@Override
	public String toString() {
		return this.kind.description() + " (" + this.slots + ")";
	}

}
