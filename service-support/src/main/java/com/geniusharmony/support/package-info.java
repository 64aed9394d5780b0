/**
 * Wiring every Genius Harmony service shares, so that each concern is solved once: shared
 * configuration defaults, Kafka topics and health. See
 * docs/adr/0002-shared-service-support-module.md for what may go in here.
 */
@NullMarked
package com.geniusharmony.support;

import org.jspecify.annotations.NullMarked;
