package com.geniusharmony.notification;

import java.util.Map;
import java.util.Set;

import com.geniusharmony.support.testing.PackageBoundaries;
import org.junit.jupiter.api.Test;

/**
 * The features depend on each other only as drawn here: the intake and the deadline
 * reminders store notifications through the notification feature, which knows nothing of
 * Kafka or events; the live stream reads them through it.
 */
class PackageBoundaryTests {

	private static final Map<String, Set<String>> ALLOWED = Map.of("notification", Set.of(), "intake",
			Set.of("notification"), "deadline", Set.of("notification"), "stream", Set.of("notification"), "admin",
			Set.of("notification"));

	@Test
	void eachPackageUsesOnlyThePackagesItMay() {
		PackageBoundaries.assertFeaturePackagesUseOnly("com.geniusharmony.notification", ALLOWED);
	}

}
