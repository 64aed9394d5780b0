package com.geniusharmony.notification.admin;

import java.util.Arrays;

import com.geniusharmony.notification.notification.NotificationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminNotificationControllerTests {

	@Test
	void acceptsExactlyTheWireNameOfEachType() {
		assertThat(AdminNotificationController.TYPES.split("\\|")).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(NotificationType.values()).map(NotificationType::wireName).toList());
	}

}
