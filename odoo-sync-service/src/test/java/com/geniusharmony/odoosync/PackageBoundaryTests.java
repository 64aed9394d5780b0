package com.geniusharmony.odoosync;

import java.util.Map;
import java.util.Set;

import com.geniusharmony.support.testing.PackageBoundaries;
import org.junit.jupiter.api.Test;

/**
 * The features depend on each other only as drawn here: the Odoo client knows nothing of
 * the sync; the sync writes through it and publishes links; intake and the operations API
 * reach the sync through its public entry points, and the operations API reads the state
 * of the circuit and the budget.
 */
class PackageBoundaryTests {

	private static final Map<String, Set<String>> ALLOWED = Map.of("config", Set.of(), "budget", Set.of("config"),
			"odoo", Set.of("budget", "config"), "link", Set.of(), "sync", Set.of("odoo", "link", "config"), "intake",
			Set.of("sync"), "ops", Set.of("sync", "odoo", "budget", "intake"), "drift", Set.of("sync", "odoo"));

	@Test
	void eachPackageUsesOnlyThePackagesItMay() {
		PackageBoundaries.assertFeaturePackagesUseOnly("com.geniusharmony.odoosync", ALLOWED);
	}

}
