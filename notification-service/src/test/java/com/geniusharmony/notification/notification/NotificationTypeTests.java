package com.geniusharmony.notification.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NotificationTypeTests {

	@Test
	void namesEachTypeWithItsEmoji() {
		assertThat(NotificationType.values()).extracting((type) -> type.wireName() + " " + type.emoji())
			.containsExactly("deadline_3days 📅", "deadline_1day ⚠️", "deadline_today 🔴", "deadline_overdue ❌",
					"task_assigned 📋", "project_assigned 🎯", "deadline_digest 📆");
	}

	@Test
	void findsATypeByItsWireName() {
		assertThat(NotificationType.fromWireName("deadline_1day")).isEqualTo(NotificationType.DEADLINE_1DAY);
		assertThatIllegalArgumentException().isThrownBy(() -> NotificationType.fromWireName("DEADLINE_1DAY"));
	}

}
