package com.geniusharmony.scheduler.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.geniusharmony.scheduler.SchedulerDatabase;
import com.geniusharmony.support.testing.TestClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeaseIntegrationTests {

	private static final Duration DURATION = Duration.ofSeconds(15);

	private static final Duration RENEW = Duration.ofSeconds(5);

	private final TestClock clock = new TestClock(Instant.parse("2026-11-24T10:00:00Z"));

	private SchedulerDatabase database;

	@BeforeEach
	void createDatabase() {
		this.database = SchedulerDatabase.create();
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void onlyOneReplicaHoldsTheLease() {
		Lease first = lease("first", LeaseTime.of(this.clock), this.clock);
		Lease second = lease("second", LeaseTime.of(this.clock), this.clock);
		assertThat(first.refresh()).hasValueSatisfying((fence) -> assertThat(fence.token()).isEqualTo(1));
		assertThat(second.refresh()).isEmpty();
	}

	@Test
	void renewalKeepsTheLeaseAndItsToken() {
		Lease holder = lease("holder", LeaseTime.of(this.clock), this.clock);
		Lease other = lease("other", LeaseTime.of(this.clock), this.clock);
		long token = holder.refresh().orElseThrow().token();
		for (int i = 0; i < 10; i++) {
			this.clock.advance(RENEW);
			assertThat(holder.refresh()).hasValueSatisfying((fence) -> assertThat(fence.token()).isEqualTo(token));
			assertThat(other.refresh()).isEmpty();
		}
	}

	@Test
	void anExpiredLeaseGoesToAnotherReplicaWithAHigherTokenAndTheFormerHolderCountsALoss() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		Lease former = new Lease(this.database.client(), LeaseTime.of(this.clock),
				new LeaseProperties(DURATION, RENEW, "former"), this.clock, meters);
		Lease next = lease("next", LeaseTime.of(this.clock), this.clock);
		long token = former.refresh().orElseThrow().token();
		this.clock.advance(DURATION);
		assertThat(next.refresh()).hasValueSatisfying((fence) -> assertThat(fence.token()).isEqualTo(token + 1));
		assertThat(former.refresh()).isEmpty();
		assertThat(meters.get("harmony.scheduler.lease.losses").counter().count()).isEqualTo(1);
		assertThat(meters.get("harmony.scheduler.leader").gauge().value()).isZero();
	}

	@Test
	void aReleasedLeaseIsTakenAtOnce() {
		Lease leaving = lease("leaving", LeaseTime.of(this.clock), this.clock);
		Lease staying = lease("staying", LeaseTime.of(this.clock), this.clock);
		long token = leaving.refresh().orElseThrow().token();
		leaving.release();
		assertThat(leaving.isLeader()).isFalse();
		assertThat(staying.refresh()).hasValueSatisfying((fence) -> assertThat(fence.token()).isEqualTo(token + 1));
	}

	@Test
	void theDatabaseClockDecidesExpiryWhateverTheReplicasClocksSay() {
		TestClock aheadByAnHour = new TestClock(Instant.now().plus(Duration.ofHours(1)));
		Lease holder = lease("holder", LeaseTime.database(), Clock.systemUTC());
		Lease hurried = lease("hurried", LeaseTime.database(), aheadByAnHour);
		long token = holder.refresh().orElseThrow().token();
		assertThat(hurried.refresh()).isEmpty();
		this.database.client()
			.sql("update lease set expires_at = clock_timestamp() - interval '1 second'")
			.fetch()
			.rowsUpdated()
			.block();
		aheadByAnHour.advance(RENEW);
		assertThat(hurried.refresh()).hasValueSatisfying((fence) -> assertThat(fence.token()).isEqualTo(token + 1));
	}

	private Lease lease(String holder, LeaseTime time, Clock replicaClock) {
		return new Lease(this.database.client(), time, new LeaseProperties(DURATION, RENEW, holder), replicaClock,
				new SimpleMeterRegistry());
	}

}
