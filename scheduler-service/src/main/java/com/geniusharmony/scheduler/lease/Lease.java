package com.geniusharmony.scheduler.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * This replica's view of the scheduler's leadership lease: {@link #refresh()} renews it
 * while held and tries to take it otherwise, at most once per renew interval. Being the
 * leader here is only a belief: every write that needs the lease is fenced in the
 * database by the {@link Fence} this returns.
 */
public final class Lease {

	/** The name of the one lease of the scheduler. */
	public static final String NAME = "scheduler";

	private static final Logger log = LoggerFactory.getLogger(Lease.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final LeaseRepository repository;

	private final LeaseTime time;

	private final LeaseProperties properties;

	private final Clock clock;

	private final Counter losses;

	private volatile @Nullable Fence fence;

	private @Nullable Instant lastAttempt;

	private @Nullable Instant lastConfirmed;

	public Lease(DatabaseClient database, LeaseTime time, LeaseProperties properties, Clock clock,
			MeterRegistry meters) {
		this.repository = new LeaseRepository(database, time);
		this.time = time;
		this.properties = properties;
		this.clock = clock;
		this.losses = Counter.builder("harmony.scheduler.lease.losses")
			.description("Times this replica lost the leadership lease it held")
			.register(meters);
		Gauge.builder("harmony.scheduler.leader", this, (lease) -> lease.isLeader() ? 1 : 0)
			.description("1 while this replica holds the leadership lease")
			.register(meters);
	}

	/**
	 * Renews the lease or tries to take it, unless that was done less than a renew
	 * interval ago. A database failure keeps the belief until the lease would have
	 * expired.
	 * @return the fence while this replica believes it leads
	 */
	public synchronized Optional<Fence> refresh() {
		Instant now = this.clock.instant();
		if (this.lastAttempt != null && now.isBefore(this.lastAttempt.plus(this.properties.renewInterval()))) {
			return Optional.ofNullable(this.fence);
		}
		this.lastAttempt = now;
		try {
			Fence current = this.fence;
			if (current != null) {
				if (Boolean.TRUE.equals(this.repository.renew(current, this.properties.duration()).block(TIMEOUT))) {
					this.lastConfirmed = now;
					return Optional.of(current);
				}
				lost(current, "it expired or another replica took it");
			}
			Long token = this.repository.acquire(NAME, holder(), this.properties.duration()).block(TIMEOUT);
			if (token != null) {
				Fence acquired = new Fence(NAME, holder(), token, this.time);
				this.fence = acquired;
				this.lastConfirmed = now;
				log.info("Replica {} now leads the scheduler (fencing token {})", holder(), token);
			}
		}
		catch (RuntimeException ex) {
			Fence current = this.fence;
			log.warn("Replica {} could not renew or acquire the scheduler lease: {}", holder(), ex.getMessage());
			if (current != null && this.lastConfirmed != null
					&& !now.isBefore(this.lastConfirmed.plus(this.properties.duration()))) {
				lost(current, "it could not be renewed before it expired");
			}
		}
		return Optional.ofNullable(this.fence);
	}

	/**
	 * Gives the lease up if held, so that another replica takes over at once.
	 */
	public synchronized void release() {
		Fence current = this.fence;
		this.fence = null;
		if (current == null) {
			return;
		}
		try {
			this.repository.release(current).block(TIMEOUT);
			log.info("Replica {} gave up the scheduler lease (fencing token {})", holder(), current.token());
		}
		catch (RuntimeException ex) {
			log.warn("Replica {} could not give up the scheduler lease, it will expire: {}", holder(), ex.getMessage());
		}
	}

	/**
	 * Reads who holds the lease now, for operators.
	 * @return the holder and its token, or empty when the lease is free
	 */
	public Mono<LeaseHolder> currentHolder() {
		return this.repository.holder(NAME);
	}

	/**
	 * The fence this replica believes it holds.
	 * @return the fence, or empty when it does not lead
	 */
	public Optional<Fence> current() {
		return Optional.ofNullable(this.fence);
	}

	public boolean isLeader() {
		return this.fence != null;
	}

	/**
	 * The name this replica holds the lease under.
	 * @return the replica id
	 */
	public String holder() {
		return this.properties.replicaId();
	}

	private void lost(Fence current, String reason) {
		this.fence = null;
		this.losses.increment();
		log.warn("Replica {} lost the scheduler lease (fencing token {}): {}", holder(), current.token(), reason);
	}

}
