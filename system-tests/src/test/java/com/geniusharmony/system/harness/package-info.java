/**
 * Runs the whole system for the system tests: real Kafka, PostgreSQL and Redis of the
 * tests' own (so that they can be stopped and killed), the Odoo emulator, and the four
 * services from their runnable jars, each as its own process.
 */
@NullMarked
package com.geniusharmony.system.harness;

import org.jspecify.annotations.NullMarked;
