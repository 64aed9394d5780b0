package com.geniusharmony.support.schedule;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A step a service runs over and over in the background: first after a delay, then every
 * period, one run at a time (a tick that comes while a run is still going is dropped). A
 * failed run is handed to the failure handler, and the next tick runs the step again.
 * {@link RepeatingJob} starts and stops it with the application.
 */
final class RepeatingStep {

	private final Duration firstDelay;

	private final Duration period;

	private final Supplier<Mono<?>> step;

	private final Consumer<Throwable> onFailure;

	private volatile @Nullable Disposable loop;

	/**
	 * @param firstDelay how long after {@link #start()} the first run begins
	 * @param period how often a run begins
	 * @param step one run
	 * @param onFailure what to do with a run's failure, such as logging it
	 */
	RepeatingStep(Duration firstDelay, Duration period, Supplier<Mono<?>> step, Consumer<Throwable> onFailure) {
		this.firstDelay = firstDelay;
		this.period = period;
		this.step = step;
		this.onFailure = onFailure;
	}

	synchronized void start() {
		if (this.loop != null) {
			return;
		}
		this.loop = Flux.interval(this.firstDelay, this.period)
			.onBackpressureDrop()
			.concatMap((tick) -> Mono.defer(this.step).onErrorResume((ex) -> {
				this.onFailure.accept(ex);
				return Mono.empty();
			}), 0)
			.subscribe();
	}

	synchronized void stop() {
		Disposable running = this.loop;
		this.loop = null;
		if (running != null) {
			running.dispose();
		}
	}

	boolean isRunning() {
		return this.loop != null;
	}

}
