package com.geniusharmony.odoosync.budget;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.geniusharmony.odoosync.config.RedisAvailability;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The budget as every instance spends it: the shared bucket in Redis, or, while Redis
 * cannot be reached, the local bucket at this instance's share of the budget, so that
 * together the instances never go over it.
 */
final class RedisOdooRequestBudget implements OdooRequestBudget {

	private static final Log logger = LogFactory.getLog(RedisOdooRequestBudget.class);

	/** The longest single wait between two questions to a bucket that did not reserve. */
	private static final Duration LONGEST_WAIT_BEFORE_ASKING_AGAIN = Duration.ofSeconds(1);

	/** How long after a pause a success still clears the refusal count in Redis. */
	private static final long RECENT_PAUSE_MILLIS = Duration.ofMinutes(15).toMillis();

	private final SharedBucket shared;

	private final LocalBucket local;

	private final OdooBudgetProperties properties;

	private final BudgetMetrics metrics;

	private final RedisAvailability redis;

	private final NanoClock clock;

	private final AtomicBoolean onLocalShare = new AtomicBoolean();

	/** Until when this instance knows of a global pause, in epoch milliseconds. */
	private final AtomicLong pausedUntilMillis = new AtomicLong();

	RedisOdooRequestBudget(SharedBucket shared, LocalBucket local, OdooBudgetProperties properties,
			MeterRegistry registry, RedisAvailability redis, NanoClock clock) {
		this.shared = shared;
		this.local = local;
		this.properties = properties;
		this.metrics = new BudgetMetrics(registry, this::state);
		this.redis = redis;
		this.clock = clock;
	}

	@Override
	public Mono<Permit> acquire(int slots) {
		return Mono.defer(() -> {
			long start = this.clock.nanoTime();
			return nextSlot(slots).doOnNext(
					(permit) -> this.metrics.waited(permit.mode(), Duration.ofNanos(this.clock.nanoTime() - start)));
		});
	}

	private Mono<Permit> nextSlot(int slots) {
		long asked = this.clock.nanoTime();
		return this.redis.attempt(this.shared.reserve(slots)
			.timeout(this.properties.redisTimeout())
			.doOnNext((slot) -> sharedReachable()), () -> Mono.fromSupplier(() -> {
				onLocalShare();
				return this.local.reserve(slots);
			})).flatMap((slot) -> {
				if (slot.reserved()) {
					return waitFor(slot).then(Mono.fromSupplier(() -> permit(asked, slot, slots)));
				}
				return waitFor(slot).then(Mono.defer(() -> nextSlot(slots)));
			});
	}

	/**
	 * The permit of a reserved slot. The bucket reserved it at the earliest when asked,
	 * so its start as seen from here is never later than the bucket's; its latest write
	 * leaves the rest of its slots and the lateness tolerance.
	 */
	private Permit permit(long asked, Slot slot, int slots) {
		boolean onLocal = this.onLocalShare.get();
		Duration interval = onLocal ? this.properties.localInterval() : this.properties.sharedInterval();
		long start = asked + slot.delay().toNanos();
		long latestWrite = start + (slots - 1) * interval.toNanos() + this.properties.latenessTolerance().toNanos();
		return new Permit(start, this.clock.nanoTime(), latestWrite, slots,
				onLocal ? BudgetMetrics.LOCAL : BudgetMetrics.SHARED);
	}

	/**
	 * Refuses a permit reached too late (a GC pause, a busy machine, a slow answer from
	 * Redis): written now, its request could share a second with the requests of the
	 * slots after it, and Odoo would count more than the budget.
	 */
	@Override
	public boolean onWire(Permit permit) {
		long now = this.clock.nanoTime();
		boolean onTime = permit.allowsWriteAt(now);
		this.metrics.wrote(permit.lateness(now), Duration.ofNanos(now - permit.grantedNanos()), onTime);
		return onTime;
	}

	private Mono<Void> waitFor(Slot slot) {
		if (slot.paused()) {
			pausedFor(slot.delay());
		}
		Duration wait = slot.reserved() ? slot.delay() : min(slot.delay(), LONGEST_WAIT_BEFORE_ASKING_AGAIN);
		return wait.isZero() ? Mono.empty() : Mono.delay(wait).then();
	}

	@Override
	public Mono<Duration> pauseAfterRefusal(@Nullable Duration retryAfter) {
		return this.redis.attempt(this.shared.pause(retryAfter).timeout(this.properties.redisTimeout()),
				() -> Mono.fromSupplier(() -> {
					onLocalShare();
					return localPause(retryAfter);
				}))
			.doOnNext((pause) -> {
				this.local.pause(pause);
				pausedFor(pause);
				logger.warn(
						"Odoo refused a request with HTTP 429: every instance pauses for " + pause.toSeconds() + " s");
			});
	}

	private Duration localPause(@Nullable Duration retryAfter) {
		return (retryAfter != null) ? retryAfter : this.properties.pauseSteps().get(0);
	}

	@Override
	public Mono<Void> recordSuccess() {
		if (System.currentTimeMillis() - this.pausedUntilMillis.get() >= RECENT_PAUSE_MILLIS) {
			return Mono.empty();
		}
		return this.redis.attempt(this.shared.forgetRefusals().timeout(this.properties.redisTimeout()), Mono::empty);
	}

	@Override
	public Mono<BudgetUse> use() {
		double limit = this.properties.requestsPerSecond();
		return this.shared.reservedLastMinute()
			.timeout(this.properties.redisTimeout())
			.map((slots) -> new BudgetUse(limit, slots / 60.0))
			.onErrorResume((ex) -> Mono.just(new BudgetUse(limit, null)));
	}

	@Override
	public BudgetState state() {
		return new BudgetState(System.currentTimeMillis() < this.pausedUntilMillis.get(), this.onLocalShare.get());
	}

	private void pausedFor(Duration pause) {
		this.pausedUntilMillis.accumulateAndGet(System.currentTimeMillis() + pause.toMillis(), Math::max);
	}

	private void sharedReachable() {
		if (this.onLocalShare.getAndSet(false)) {
			logger.info("Redis is reachable again: the Odoo budget is shared by every instance again");
		}
	}

	private void onLocalShare() {
		if (!this.onLocalShare.getAndSet(true)) {
			logger.warn("Redis is unreachable: this instance keeps to "
					+ String.format("%.2f", 1e9 / this.properties.localInterval().toNanos())
					+ " Odoo requests/s, its share of the budget, until Redis answers again");
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
