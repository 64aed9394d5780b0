package com.geniusharmony.scheduler.tick;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.geniusharmony.events.tick.Tick;
import com.geniusharmony.scheduler.SchedulerDatabase;
import com.geniusharmony.scheduler.lease.Fence;
import com.geniusharmony.support.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas sharing one real database, on clocks the tests move: each slot goes to the
 * outbox once, whoever leads, whoever dies or stalls.
 */
class TickEmitterIntegrationTests {

	private static final Instant START = Instant.parse("2026-11-24T09:59:50Z");

	private final TestClock clock = new TestClock(START);

	private final ExecutorService threads = Executors.newFixedThreadPool(3);

	private SchedulerDatabase database;

	@BeforeEach
	void createDatabase() {
		this.database = SchedulerDatabase.create();
	}

	@AfterEach
	void dropIt() {
		this.threads.shutdownNow();
		this.database.close();
	}

	@Test
	void threeReplicasWithDriftingClocksEmitEachSlotExactlyOnce() {
		List<Replica> replicas = List.of(replica("a", Duration.ofSeconds(-2)), replica("b", Duration.ZERO),
				replica("c", Duration.ofSeconds(3)));
		Instant end = Instant.parse("2026-11-24T11:00:10Z");
		while (this.clock.instant().isBefore(end)) {
			this.clock.advance(Duration.ofSeconds(10));
			evaluateTogether(replicas);
		}
		assertEachSlotOnce(TickKind.ODOO_SYNC_SWEEP,
				slots(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z"), 30));
		assertEachSlotOnce(TickKind.DEADLINE_CHECK,
				List.of(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z")));
		assertThat(replicas.stream().filter((replica) -> replica.lease.isLeader())).hasSize(1);
	}

	@Test
	void anotherReplicaTakesOverWhenTheLeaderDiesAndNoSlotIsMissedOrDoubled() {
		List<Replica> replicas = new ArrayList<>(
				List.of(replica("a", Duration.ZERO), replica("b", Duration.ZERO), replica("c", Duration.ZERO)));
		stepUntil(replicas, Instant.parse("2026-11-24T10:05:00Z"));
		Replica dead = replicas.stream().filter((replica) -> replica.lease.isLeader()).findFirst().orElseThrow();
		replicas.remove(dead);
		Instant killedAt = this.clock.instant();
		while (replicas.stream().noneMatch((replica) -> replica.lease.isLeader())) {
			assertThat(Duration.between(killedAt, this.clock.instant()))
				.as("simulated time without a leader after %s died", dead)
				.isLessThanOrEqualTo(Replica.LEASE_DURATION.plus(Replica.RENEW_INTERVAL).plusSeconds(5));
			this.clock.advance(Duration.ofSeconds(5));
			evaluateTogether(replicas);
		}
		stepUntil(replicas, Instant.parse("2026-11-24T10:10:05Z"));
		assertEachSlotOnce(TickKind.ODOO_SYNC_SWEEP,
				slots(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:10:00Z"), 30));
	}

	@Test
	void aStalledLeaderCannotEmitAfterLosingItsLease() {
		Replica stalled = replica("stalled", Duration.ZERO);
		Replica successor = replica("successor", Duration.ZERO);
		stalled.emitter.evaluate();
		successor.emitter.evaluate();
		Fence oldFence = stalled.fence();
		this.clock.advance(Replica.LEASE_DURATION.plusSeconds(15));
		successor.emitter.evaluate();
		assertThat(successor.fence().token()).isGreaterThan(oldFence.token());
		// the successor's lease still runs, and the 10:00:30 slot is due and unclaimed
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(stalled.emitter.claimDue(oldFence)).isEmpty();
		stalled.emitter.evaluate();
		assertThat(stalled.lease.isLeader()).isFalse();
		assertThat(stalled.leaseLosses()).isEqualTo(1);
		successor.emitter.evaluate();
		assertEachSlotOnce(TickKind.ODOO_SYNC_SWEEP,
				slots(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:00:30Z"), 30));
	}

	@Test
	void eachRecordedTickIsInTheOutboxWithItsIdAndALostClaimWritesNothing() {
		Replica stalled = replica("stalled", Duration.ZERO);
		Replica successor = replica("successor", Duration.ZERO);
		stalled.emitter.evaluate();
		Fence oldFence = stalled.fence();
		this.clock.advance(Duration.ofSeconds(10));
		List<PendingTick> recorded = stalled.emitter.claimDue(oldFence);
		assertThat(recorded).extracting(PendingTick::scheduledAt)
			.containsExactlyInAnyOrder(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:00:00Z"));
		this.clock.advance(Replica.LEASE_DURATION);
		assertThat(successor.lease.refresh()).isPresent();
		// the 10:00:30 slot is due, and the stalled replica's fence no longer holds
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(stalled.emitter.claimDue(oldFence)).isEmpty();
		assertThat(this.database.outboxTicks()).extracting(Tick::tickId)
			.containsExactlyInAnyOrderElementsOf(recorded.stream().map(PendingTick::tickId).toList());
	}

	@Test
	void slotsMissedWhileEveryReplicaWasDownAreCaughtUpAsOneTickPerSchedule() {
		Replica before = replica("before", Duration.ZERO);
		this.clock.advance(Duration.ofSeconds(15));
		before.emitter.evaluate();
		this.clock.set(Instant.parse("2026-11-24T13:10:12Z"));
		Replica after = replica("after", Duration.ZERO);
		after.emitter.evaluate();
		assertEachSlotOnce(TickKind.DEADLINE_CHECK,
				List.of(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T13:00:00Z")));
		assertEachSlotOnce(TickKind.ODOO_SYNC_SWEEP,
				List.of(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T13:10:00Z")));
	}

	@Test
	void aManualTickDoesNotTakeTheNextSlot() {
		Replica leader = replica("leader", Duration.ZERO);
		this.clock.set(Instant.parse("2026-11-24T10:00:10Z"));
		leader.emitter.evaluate();
		PendingTick manual = PendingTick.of(TickKind.ODOO_SYNC_SWEEP, this.clock.instant(), true, this.clock.instant());
		leader.recorder.recordManual(manual).block();
		this.clock.set(Instant.parse("2026-11-24T10:00:31Z"));
		leader.emitter.evaluate();
		assertThat(this.database.outboxTicks())
			.filteredOn((tick) -> tick.scheduleName().equals("batch_sync_odoo_pending"))
			.extracting(Tick::scheduledAt)
			.containsExactlyInAnyOrder(Instant.parse("2026-11-24T10:00:00Z"), manual.scheduledAt(),
					Instant.parse("2026-11-24T10:00:30Z"));
		assertThat(manual.scheduledAt()).isEqualTo(Instant.parse("2026-11-24T10:00:10Z"));
	}

	private Replica replica(String id, Duration drift) {
		return new Replica(id, Clock.offset(this.clock, drift), this.database);
	}

	private void stepUntil(List<Replica> replicas, Instant end) {
		while (this.clock.instant().isBefore(end)) {
			this.clock.advance(Duration.ofSeconds(5));
			evaluateTogether(replicas);
		}
	}

	private void evaluateTogether(List<Replica> replicas) {
		CompletableFuture
			.allOf(replicas.stream()
				.map((replica) -> CompletableFuture.runAsync(replica.emitter::evaluate, this.threads))
				.toArray(CompletableFuture[]::new))
			.join();
	}

	private void assertEachSlotOnce(TickKind kind, List<Instant> expected) {
		List<Tick> published = this.database.outboxTicks()
			.stream()
			.filter((tick) -> tick.scheduleName().equals(kind.scheduleName()))
			.toList();
		assertThat(published).extracting(Tick::scheduledAt).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(published.stream().map(Tick::tickId).distinct()).hasSameSizeAs(published);
		List<Instant> recorded = this.database.client()
			.sql("select scheduled_at from tick where schedule_name = :name and not manual")
			.bind("name", kind.scheduleName())
			.map((row) -> row.get(0, OffsetDateTime.class).toInstant())
			.all()
			.collectList()
			.block();
		assertThat(recorded).containsExactlyInAnyOrderElementsOf(expected);
	}

	private static List<Instant> slots(Instant first, Instant last, int seconds) {
		List<Instant> slots = new ArrayList<>();
		for (Instant slot = first; !slot.isAfter(last); slot = slot.plusSeconds(seconds)) {
			slots.add(slot);
		}
		return slots;
	}

}
