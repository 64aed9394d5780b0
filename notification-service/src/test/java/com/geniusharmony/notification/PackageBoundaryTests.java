package com.geniusharmony.notification;

import java.util.Map;
import java.util.Set;

import com.geniusharmony.support.testing.PackageBoundaries;
import org.junit.jupiter.api.Test;

/**
 * The features depend on each other only as drawn here: the intake and the deadline
 * reminders store notifications through the notification feature, which knows nothing of
 * Kafka or events; the live stream, the admin view and retention go through it too. The
 * operators' console stands alone: its page calls the APIs.
 */
class PackageBoundaryTests {

	private static final Set<String> NOTIFICATIONS = Set.of("notification");

	private static final Map<String, Set<String>> ALLOWED = Map.of("notification", Set.of(), "intake", NOTIFICATIONS,
			"deadline", NOTIFICATIONS, "stream", NOTIFICATIONS, "admin", NOTIFICATIONS, "retention", NOTIFICATIONS,
			"snooze", NOTIFICATIONS, "console", Set.of());

	@Test
	void eachPackageUsesOnlyThePackagesItMay() {
		PackageBoundaries.assertFeaturePackagesUseOnly("com.geniusharmony.notification", ALLOWED);
	}

}
