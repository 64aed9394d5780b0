package com.geniusharmony.events.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UserEventsTests {

	private static final UserState ACTIVE = new UserState("7", "amina", "amina@example.com", "Amina", "Diallo", true);

	@Test
	void deactivatedUserMustNotBeActive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UserDeactivated(ACTIVE));
	}

	@Test
	void aggregateIdIsTheUserId() {
		assertThat(new UserCreated(ACTIVE).aggregateId()).isEqualTo("7");
	}

}
