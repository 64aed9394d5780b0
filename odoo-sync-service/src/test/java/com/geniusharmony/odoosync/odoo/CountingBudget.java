package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;

import com.geniusharmony.odoosync.budget.BudgetState;
import com.geniusharmony.odoosync.budget.BudgetUse;
import com.geniusharmony.odoosync.budget.OdooRequestBudget;
import com.geniusharmony.odoosync.budget.Permit;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A budget that permits every request at once (unless told to refuse some at the wire)
 * and remembers what it was asked: permits taken and their widths, pauses (with the
 * server's {@code Retry-After}) and successes.
 */
final class CountingBudget implements OdooRequestBudget {

	private final AtomicInteger acquired = new AtomicInteger();

	private final AtomicInteger toRefuseOnWire = new AtomicInteger();

	private final List<Integer> slotsAsked = new CopyOnWriteArrayList<>();

	private final AtomicInteger successes = new AtomicInteger();

	private final List<Optional<Duration>> pauses = new CopyOnWriteArrayList<>();

	@Override
	public Mono<Permit> acquire(int slots) {
		return Mono.fromSupplier(() -> {
			this.acquired.incrementAndGet();
			this.slotsAsked.add(slots);
			long now = System.nanoTime();
			return new Permit(now, now, Long.MAX_VALUE + now, slots, "shared");
		});
	}

	/** Unlimited: no rate to report. */
	@Override
	public Mono<BudgetUse> use() {
		return Mono.just(new BudgetUse(Double.POSITIVE_INFINITY, null));
	}

	@Override
	public boolean onWire(Permit permit) {
		return this.toRefuseOnWire.getAndUpdate((left) -> Math.max(0, left - 1)) == 0;
	}

	/**
	 * Refuses the next permits at the wire, as if the requests had reached them late.
	 * @param count how many
	 */
	void refuseOnWire(int count) {
		this.toRefuseOnWire.set(count);
	}

	@Override
	public Mono<Duration> pauseAfterRefusal(@Nullable Duration retryAfter) {
		return Mono.fromSupplier(() -> {
			this.pauses.add(Optional.ofNullable(retryAfter));
			return (retryAfter != null) ? retryAfter : Duration.ofMinutes(1);
		});
	}

	@Override
	public Mono<Void> recordSuccess() {
		return Mono.fromRunnable(this.successes::incrementAndGet);
	}

	@Override
	public BudgetState state() {
		return new BudgetState(false, false);
	}

	int acquired() {
		return this.acquired.get();
	}

	List<Integer> slotsAsked() {
		return List.copyOf(this.slotsAsked);
	}

	int successes() {
		return this.successes.get();
	}

	List<Optional<Duration>> pauses() {
		return List.copyOf(this.pauses);
	}

}
