/**
 * The load driver that measures the emulator's own ceiling (docs/benchmarks.md); compiled
 * only with the {@code bench} profile.
 */
@NullMarked
package com.geniusharmony.odooemulator.bench;

import org.jspecify.annotations.NullMarked;
