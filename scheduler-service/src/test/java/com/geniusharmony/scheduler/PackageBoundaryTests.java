package com.geniusharmony.scheduler;

import java.util.Map;
import java.util.Set;

import com.geniusharmony.support.testing.PackageBoundaries;
import org.junit.jupiter.api.Test;

/**
 * The lease knows nothing of ticks; the ticks use the lease only through its public face.
 */
class PackageBoundaryTests {

	private static final Map<String, Set<String>> ALLOWED = Map.of("lease", Set.of(), "tick", Set.of("lease"));

	@Test
	void eachPackageUsesOnlyThePackagesItMay() {
		PackageBoundaries.assertFeaturePackagesUseOnly("com.geniusharmony.scheduler", ALLOWED);
	}

}
