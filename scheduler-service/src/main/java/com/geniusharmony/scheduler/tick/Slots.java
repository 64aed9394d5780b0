package com.geniusharmony.scheduler.tick;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.support.CronExpression;

/**
 * The instants a schedule fires at.
 */
sealed interface Slots {

	/**
	 * The latest slot at or before an instant: the one that is due.
	 * @param now the instant
	 * @return the slot, or {@code null} when there is none in the last eight years
	 */
	@Nullable Instant latestAtOrBefore(Instant now);

	/**
	 * Slots of a cron expression (six fields, seconds first) in a time zone.
	 */
	record Cron(CronExpression expression, ZoneId zone) implements Slots {

		private static final Duration FIRST_WINDOW = Duration.ofMinutes(1);

		private static final Duration LONGEST_WINDOW = Duration.ofDays(8 * 366);

		@Override
		public @Nullable Instant latestAtOrBefore(Instant now) {
			// CronExpression only looks forward: search windows before now, doubling
			// them,
			// so that a dense expression stops after a few steps and a sparse one still
			// finds its slot
			for (Duration window = FIRST_WINDOW; window.compareTo(LONGEST_WINDOW) <= 0; window = window
				.multipliedBy(2)) {
				Instant latest = null;
				ZonedDateTime next = this.expression.next(now.minus(window).atZone(this.zone));
				while (next != null && !next.toInstant().isAfter(now)) {
					latest = next.toInstant();
					next = this.expression.next(next);
				}
				if (latest != null) {
					return latest;
				}
			}
			return null;
		}

		@Override
		public String toString() {
			return "cron \"" + this.expression + "\" in " + this.zone;
		}

	}

	/**
	 * Slots a fixed interval apart, at the multiples of the interval since the epoch (30
	 * seconds gives every :00 and :30).
	 */
	record Interval(Duration period) implements Slots {

		@Override
		public Instant latestAtOrBefore(Instant now) {
			long period = this.period.toMillis();
			return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), period) * period);
		}

		@Override
		public String toString() {
			return "every " + this.period;
		}

	}

}
