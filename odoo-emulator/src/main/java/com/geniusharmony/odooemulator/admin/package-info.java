/**
 * The emulator's own HTTP surface under {@code /__emulator}, a path no real Odoo serves,
 * for out-of-process tests, benchmarks and the local stack: health, request counts,
 * faults, throttle, records and reset.
 */
@NullMarked
package com.geniusharmony.odooemulator.admin;

import org.jspecify.annotations.NullMarked;
