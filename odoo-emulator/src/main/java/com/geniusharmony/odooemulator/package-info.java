/**
 * An Odoo emulator for tests, benchmarks and the local stack: {@link OdooEmulator} starts
 * an in-memory Odoo that speaks Odoo's JSON-RPC and JSON-2 protocols as recorded from a
 * live Odoo 18, injects faults on demand and counts the requests it receives per second;
 * {@link OdooEmulatorMain} runs it on its own.
 */
@NullMarked
package com.geniusharmony.odooemulator;

import org.jspecify.annotations.NullMarked;
