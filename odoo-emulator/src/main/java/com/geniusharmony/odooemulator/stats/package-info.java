/**
 * Request counting at the emulator's side: per one-second window, in total, at most in
 * any window, and per model and method, so tests and benchmarks can check that clients
 * keep their request budget.
 */
@NullMarked
package com.geniusharmony.odooemulator.stats;

import org.jspecify.annotations.NullMarked;
