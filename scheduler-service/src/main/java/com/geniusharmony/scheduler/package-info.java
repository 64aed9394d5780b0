/**
 * The scheduler-service: emits the deadline-check and Odoo-sync-sweep ticks once per
 * scheduled instant.
 */
@NullMarked
package com.geniusharmony.scheduler;

import org.jspecify.annotations.NullMarked;
