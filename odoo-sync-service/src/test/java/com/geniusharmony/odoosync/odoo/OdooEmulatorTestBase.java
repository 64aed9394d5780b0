package com.geniusharmony.odoosync.odoo;

import com.geniusharmony.odooemulator.OdooEmulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of the Odoo clients against one emulator for its class, with its records, faults
 * and counts reset before each test, a budget that counts the permits taken and meters of
 * the test's own.
 */
abstract class OdooEmulatorTestBase {

	static OdooEmulator odoo;

	final CountingBudget budget = new CountingBudget();

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@BeforeAll
	static void startOdoo() {
		odoo = TestOdoo.start();
	}

	@AfterAll
	static void stopOdoo() {
		odoo.stop();
	}

	@BeforeEach
	void resetOdoo() {
		odoo.reset();
	}

}
