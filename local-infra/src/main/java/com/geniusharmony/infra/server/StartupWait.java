package com.geniusharmony.infra.server;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The wait for a server process that is starting: it fails, with the end of the process's
 * log, when the process exits or the time is up before the server answers.
 */
public final class StartupWait {

	private static final Duration PAUSE = Duration.ofMillis(100);

	private final ChildProcess process;

	private final String address;

	private final Duration timeout;

	private final long deadline;

	StartupWait(ChildProcess process, String address, Duration timeout) {
		this.process = process;
		this.address = address;
		this.timeout = timeout;
		this.deadline = System.nanoTime() + timeout.toNanos();
	}

	/**
	 * Asks until the server answers, pausing between attempts.
	 * @param answers one attempt: whether the server answers
	 */
	public void until(BooleanSupplier answers) {
		while (!answers.getAsBoolean()) {
			if (this.process.awaitExit(PAUSE)) {
				throw this.process.failure("exited before answering on " + this.address);
			}
			if (System.nanoTime() > this.deadline) {
				throw this.process
					.failure("did not answer on " + this.address + " within " + this.timeout.toSeconds() + " s");
			}
		}
	}

	/**
	 * Builds the exception for a start that went wrong, with the end of the log.
	 * @param problem what went wrong
	 * @return the exception to throw
	 */
	public IllegalStateException failure(String problem) {
		return this.process.failure(problem);
	}

}
