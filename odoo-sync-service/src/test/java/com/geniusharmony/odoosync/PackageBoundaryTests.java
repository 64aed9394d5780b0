package com.geniusharmony.odoosync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.geniusharmony.support.testing.PackageBoundaries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features depend on each other only as drawn here, without a cycle: the Odoo client
 * knows nothing of the sync; the state store knows only the shared settings; the mapping
 * reads states from the store and field definitions and users from Odoo; the drain claims
 * from the store, maps, writes through the client, completes the claims and publishes the
 * links; intake records into the store and asks the drain to run; the operations API
 * reads the store, the drain's last run and the state of the circuit and the budget, and
 * replays dead letters through intake; the drift report reads the sync states through the
 * operations API and checks Odoo by the mapping's rules; the poller reads Odoo, compares
 * by the mapping's rules, records in the store and publishes through the links.
 */
class PackageBoundaryTests {

	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(Map.entry("config", Set.of()),
			Map.entry("budget", Set.of("config")), Map.entry("odoo", Set.of("budget", "config")),
			Map.entry("odoolink", Set.of()), Map.entry("state", Set.of("config")),
			Map.entry("mapping", Set.of("state", "odoo", "config")),
			Map.entry("batch", Set.of("state", "mapping", "odoo", "odoolink", "config", "pull")),
			Map.entry("intake", Set.of("state", "batch")),
			Map.entry("ops", Set.of("state", "batch", "intake", "odoo", "budget", "pull")),
			Map.entry("drift", Set.of("ops", "state", "mapping", "odoo", "pull")),
			Map.entry("pull", Set.of("state", "mapping", "odoo", "odoolink", "config")));

	@Test
	void eachPackageUsesOnlyThePackagesItMay() {
		PackageBoundaries.assertFeaturePackagesUseOnly("com.geniusharmony.odoosync", ALLOWED);
	}

	@Test
	void noPackageMayDependOnItselfThroughOthers() {
		for (String start : ALLOWED.keySet()) {
			List<String> reached = new ArrayList<>(ALLOWED.get(start));
			for (int i = 0; i < reached.size(); i++) {
				for (String next : ALLOWED.get(reached.get(i))) {
					if (!reached.contains(next)) {
						reached.add(next);
					}
				}
			}
			assertThat(reached).as("packages %s depends on, directly or not", start).doesNotContain(start);
		}
	}

}
