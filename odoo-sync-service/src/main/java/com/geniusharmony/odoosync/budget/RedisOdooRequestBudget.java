package com.geniusharmony.odoosync.budget;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import com.geniusharmony.odoosync.config.RedisAvailability;

/**
 * The budget as every instance spends it: the shared bucket in Redis, or, while Redis
 * cannot be reached, the local bucket at this instance's share of the budget, so that
 * together the instances never go over it.
 */
final class RedisOdooRequestBudget implements OdooRequestBudget {

	private static final Log logger = LogFactory.getLog(RedisOdooRequestBudget.class);

	/** The longest single wait between two questions to a bucket that did not reserve. */
	private static final Duration LONGEST_WAIT_BEFORE_ASKING_AGAIN = Duration.ofSeconds(1);

	/** How many late slots in a row a request gives up before it uses one anyway. */
	private static final int MOST_SLOTS_GIVEN_UP_IN_A_ROW = 3;

	private final SharedBucket shared;

	private final LocalBucket local;

	private final OdooBudgetProperties properties;

	private final BudgetMetrics metrics;

	private final RedisAvailability redis;

	private volatile boolean onLocalLimit;

	RedisOdooRequestBudget(SharedBucket shared, LocalBucket local, OdooBudgetProperties properties,
			BudgetMetrics metrics, RedisAvailability redis) {
		this.shared = shared;
		this.local = local;
		this.properties = properties;
		this.metrics = metrics;
		this.redis = redis;
	}

	@Override
	public Mono<Duration> acquire() {
		return Mono.defer(() -> {
			long start = System.nanoTime();
			return nextSlot().map((mode) -> {
				Duration waited = Duration.ofNanos(System.nanoTime() - start);
				this.metrics.waited(mode, waited);
				return waited;
			});
		});
	}

	private Mono<String> nextSlot() {
		return nextSlot(0);
	}

	private Mono<String> nextSlot(int givenUp) {
		long asked = System.nanoTime();
		return this.redis.attempt(
				this.shared.reserve().timeout(this.properties.redisTimeout()).doOnNext((slot) -> sharedReachable()),
				() -> Mono.fromSupplier(() -> {
					onLocalShare();
					return this.local.reserve();
				}))
			.flatMap((slot) -> {
				String mode = this.onLocalLimit ? BudgetMetrics.LOCAL : BudgetMetrics.SHARED;
				if (slot.reserved()) {
					// the slot's time as seen from here: Redis reserved it at the
					// earliest when asked
					long due = asked + slot.delay().toNanos();
					return waitFor(slot).then(Mono.defer(() -> onTimeOrAgain(due, mode, givenUp)));
				}
				return waitFor(slot).then(Mono.defer(() -> nextSlot(givenUp)));
			});
	}

	/**
	 * Uses a reserved slot only if this instance reached it on time. A slow answer from
	 * Redis, or a thread or timer held up (a GC pause, a busy machine), would otherwise
	 * send several late slots at once, and Odoo would see them together in one second:
	 * such a slot is given up and a new one taken. After a few in a row the slot is used
	 * anyway, so that a starved instance still makes progress (at a lower rate).
	 */
	private Mono<String> onTimeOrAgain(long due, String mode, int givenUp) {
		if (System.nanoTime() - due > this.properties.latenessTolerance().toNanos()
				&& givenUp < MOST_SLOTS_GIVEN_UP_IN_A_ROW) {
			this.metrics.lateSlot();
			return nextSlot(givenUp + 1);
		}
		return Mono.just(mode);
	}

	private Mono<Void> waitFor(Slot slot) {
		if (slot.paused()) {
			this.metrics.pausedFor(slot.delay());
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
				this.metrics.pausedFor(pause);
				logger.warn(
						"Odoo refused a request with HTTP 429: every instance pauses for " + pause.toSeconds() + " s");
			});
	}

	private Duration localPause(@Nullable Duration retryAfter) {
		return (retryAfter != null) ? retryAfter : this.properties.pauseSteps().get(0);
	}

	@Override
	public Mono<Void> recordSuccess() {
		if (!this.metrics.pausedRecently()) {
			return Mono.empty();
		}
		return this.redis.attempt(this.shared.forgetRefusals().timeout(this.properties.redisTimeout()), Mono::empty);
	}

	private void sharedReachable() {
		if (this.onLocalLimit) {
			this.onLocalLimit = false;
			this.metrics.fallback(false);
			logger.info("Redis is reachable again: the Odoo budget is shared by every instance again");
		}
	}

	private void onLocalShare() {
		if (!this.onLocalLimit) {
			this.onLocalLimit = true;
			this.metrics.fallback(true);
			logger.warn("Redis is unreachable: this instance keeps to "
					+ String.format("%.2f", 1e9 / this.properties.localInterval().toNanos())
					+ " Odoo requests/s, its share of the budget, until Redis answers again");
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
