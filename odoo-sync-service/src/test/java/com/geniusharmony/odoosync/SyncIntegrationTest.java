package com.geniusharmony.odoosync;

import com.geniusharmony.odooemulator.OdooEmulator;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context of most of the sync's integration tests: the whole service
 * writing to the shared Odoo 18 emulator. Test classes extending it share the context
 * (and the store, and Odoo), so each test uses fresh entity ids.
 */
public abstract class SyncIntegrationTest extends SyncTestBase {

	@DynamicPropertySource
	static void odoo(DynamicPropertyRegistry registry) {
		SyncTestOdoo.register(registry, SyncTestOdoo.odoo18());
	}

	@Override
	protected OdooEmulator odoo() {
		return SyncTestOdoo.odoo18();
	}

}
