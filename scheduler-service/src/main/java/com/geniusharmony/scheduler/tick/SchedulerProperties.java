package com.geniusharmony.scheduler.tick;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * When the ticks fire. Each schedule takes either a cron expression or an interval; with
 * neither it keeps its default (the deadline check at the top of every hour, the sync
 * sweep every 30 seconds), with both start-up fails.
 *
 * @param deadlineCheck {@code HARMONY_DEADLINE_CHECK_CRON} or
 * {@code HARMONY_DEADLINE_CHECK_INTERVAL}
 * @param syncSweep {@code HARMONY_SYNC_SWEEP_CRON} or {@code HARMONY_SYNC_SWEEP_INTERVAL}
 * @param timeZone the zone cron expressions are read in
 * ({@code HARMONY_SCHEDULER_TIME_ZONE})
 * @param pollInterval how often a replica looks for due slots
 * ({@code HARMONY_SCHEDULER_POLL_INTERVAL})
 * @param tickRetention how long sent ticks are kept
 * ({@code HARMONY_SCHEDULER_TICK_RETENTION})
 */
@Validated
@ConfigurationProperties("harmony.scheduler")
record SchedulerProperties(@DefaultValue ScheduleProperties deadlineCheck, @DefaultValue ScheduleProperties syncSweep,
		@DefaultValue("UTC") ZoneId timeZone, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("7d") Duration tickRetention) {

	static final String DEFAULT_DEADLINE_CHECK_CRON = "0 0 * * * *";

	static final Duration DEFAULT_SYNC_SWEEP_INTERVAL = Duration.ofSeconds(30);

	SchedulerProperties {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("The poll interval must be positive, was " + pollInterval);
		}
	}

	List<TickSchedule> schedules() {
		return List.of(
				new TickSchedule(TickKind.DEADLINE_CHECK,
						this.deadlineCheck.slots(this.timeZone,
								new Slots.Cron(CronExpression.parse(DEFAULT_DEADLINE_CHECK_CRON), this.timeZone))),
				new TickSchedule(TickKind.ODOO_SYNC_SWEEP,
						this.syncSweep.slots(this.timeZone, new Slots.Interval(DEFAULT_SYNC_SWEEP_INTERVAL))));
	}

	/**
	 * One schedule: a cron expression (six fields, seconds first) or an interval.
	 *
	 * @param cron the cron expression, blank for none
	 * @param interval the interval, such as {@code 30s} or {@code 2h}
	 */
	record ScheduleProperties(@Nullable String cron, @Nullable Duration interval) {

		ScheduleProperties {
			cron = (cron != null && !cron.isBlank()) ? cron.trim() : null;
			if (cron != null && interval != null) {
				throw new IllegalArgumentException(
						"Give a schedule either a cron expression or an interval, not both (cron \"" + cron
								+ "\", interval " + interval + ")");
			}
			if (cron != null && !CronExpression.isValidExpression(cron)) {
				throw new IllegalArgumentException("Not a cron expression (six fields, seconds first): " + cron);
			}
			if (interval != null && (interval.isNegative() || interval.toMillis() == 0)) {
				throw new IllegalArgumentException(
						"A schedule's interval must be at least a millisecond, was " + interval);
			}
		}

		Slots slots(ZoneId zone, Slots defaultSlots) {
			if (this.cron != null) {
				return new Slots.Cron(CronExpression.parse(this.cron), zone);
			}
			if (this.interval != null) {
				return new Slots.Interval(this.interval);
			}
			return defaultSlots;
		}

	}

}
