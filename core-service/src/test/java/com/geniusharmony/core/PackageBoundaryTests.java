package com.geniusharmony.core;

import java.util.Map;
import java.util.Set;

import com.geniusharmony.support.testing.PackageBoundaries;
import org.junit.jupiter.api.Test;

/**
 * The features depend on each other only as drawn here: users, projects and tasks never
 * reach into one another, and the Odoo links and the shared API types know no feature.
 */
class PackageBoundaryTests {

	private static final Map<String, Set<String>> ALLOWED = Map.of("api", Set.of(), "auth", Set.of("api"), "odoolink",
			Set.of("api"), "user", Set.of("api", "auth", "odoolink"), "project", Set.of("api", "odoolink"), "task",
			Set.of("api", "odoolink"));

	@Test
	void eachPackageUsesOnlyThePackagesItMay() {
		PackageBoundaries.assertFeaturePackagesUseOnly("com.geniusharmony.core", ALLOWED);
	}

}
