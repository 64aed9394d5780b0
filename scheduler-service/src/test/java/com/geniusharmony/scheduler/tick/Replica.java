package com.geniusharmony.scheduler.tick;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.geniusharmony.scheduler.SchedulerDatabase;
import com.geniusharmony.scheduler.lease.Fence;
import com.geniusharmony.scheduler.lease.Lease;
import com.geniusharmony.scheduler.lease.LeaseProperties;
import com.geniusharmony.scheduler.lease.LeaseTime;
import com.geniusharmony.support.outbox.OutboxWriter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.scheduling.support.CronExpression;

/**
 * One scheduler replica wired by hand on a shared database, with its own clock for both
 * the schedules and the lease, so that tests move time instead of waiting. What it emits
 * is what it writes to the outbox; the outbox's relay is tested in service-support.
 */
final class Replica {

	static final Duration LEASE_DURATION = Duration.ofSeconds(15);

	static final Duration RENEW_INTERVAL = Duration.ofSeconds(5);

	static final List<TickSchedule> SCHEDULES = List.of(
			new TickSchedule(TickKind.DEADLINE_CHECK,
					new Slots.Cron(CronExpression.parse("0 0 * * * *"), java.time.ZoneOffset.UTC)),
			new TickSchedule(TickKind.ODOO_SYNC_SWEEP, new Slots.Interval(Duration.ofSeconds(30))));

	final String id;

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final Lease lease;

	final TickEmitter emitter;

	final TickRecorder recorder;

	Replica(String id, Clock clock, SchedulerDatabase database) {
		this.id = id;
		this.lease = new Lease(database.client(), LeaseTime.of(clock),
				new LeaseProperties(LEASE_DURATION, RENEW_INTERVAL, id), clock, this.meters);
		TickRepository repository = new TickRepository(database.client());
		this.recorder = new TickRecorder(repository, new OutboxWriter(database.client()), database.transactions());
		this.emitter = new TickEmitter(SCHEDULES, this.lease, repository, this.recorder, clock);
		this.emitter.prepare();
	}

	Fence fence() {
		return this.lease.current().orElseThrow(() -> new AssertionError(this.id + " does not lead"));
	}

	double leaseLosses() {
		return this.meters.get("harmony.scheduler.lease.losses").counter().count();
	}

	@Override
	public String toString() {
		return this.id;
	}

}
