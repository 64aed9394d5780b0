package com.geniusharmony.odoosync.budget;

/**
 * The monotonic clock the budget reads ({@link System#nanoTime()} in the service), so
 * that tests can drive it.
 */
@FunctionalInterface
interface NanoClock {

	long nanoTime();

}
