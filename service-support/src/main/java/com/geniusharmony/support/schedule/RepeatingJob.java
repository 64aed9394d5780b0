package com.geniusharmony.support.schedule;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * A bean that runs a {@link RepeatingStep} while the application runs: started with the
 * context, stopped before it closes. A subclass says what one run does and what a failed
 * run means.
 */
public abstract class RepeatingJob implements SmartLifecycle {

	private final RepeatingStep step;

	/**
	 * @param firstDelay how long after start-up the first run begins
	 * @param period how often a run begins
	 */
	protected RepeatingJob(Duration firstDelay, Duration period) {
		this.step = new RepeatingStep(firstDelay, period, this::runOnce, this::failed);
	}

	/**
	 * One run.
	 * @return the run, done when it completes
	 */
	protected abstract Mono<?> runOnce();

	/**
	 * Handles a failed run (the next one runs at its time), such as by logging it.
	 * @param failure why the run failed
	 */
	protected abstract void failed(Throwable failure);

	@Override
	public void start() {
		this.step.start();
	}

	@Override
	public void stop() {
		this.step.stop();
	}

	@Override
	public boolean isRunning() {
		return this.step.isRunning();
	}

}
