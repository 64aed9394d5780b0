package com.geniusharmony.odoosync.mapping;

import java.util.List;

import com.geniusharmony.events.user.UserDeactivated;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.events.user.UserUpdated;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.state.Claims;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerRowsTests {

	@Test
	void namesTheContactAfterTheFirstAndLastNameOrElseTheUsername() {
		assertThat(OdooMapping.contactName(new UserState("1", "dana", "", "Dana", "Ray", true))).isEqualTo("Dana Ray");
		assertThat(OdooMapping.contactName(new UserState("1", "dana", "", "Dana", "", true))).isEqualTo("Dana");
		assertThat(OdooMapping.contactName(new UserState("1", "dana", "", " ", "Ray ", true))).isEqualTo("Ray");
		assertThat(OdooMapping.contactName(new UserState("1", "dana", "", "", " ", true))).isEqualTo("dana");
	}

	@Test
	void writesTheExternalIdNameEmailAndActiveFlag() {
		OdooRow row = PartnerRows.row(Claims
			.of(TestEvents.event(new UserUpdated(new UserState("7", "eve", "eve@example.com", "Eve", "Lu", true)), 3)));
		assertThat(PartnerRows.FIELDS).containsExactly("id", "name", "email", "active");
		assertThat(row.cells()).containsExactly("harmony.user_7", "Eve Lu", "eve@example.com", "1");
		assertThat(row.archived()).isFalse();
	}

	@Test
	void archivesTheContactOfADeactivatedUser() {
		OdooRow row = PartnerRows
			.row(Claims.of(TestEvents.event(new UserDeactivated(new UserState("7", "eve", "", "", "", false)), 4)));
		assertThat(row.cells()).isEqualTo(List.of("harmony.user_7", "eve", "", "0"));
		assertThat(row.archived()).isTrue();
	}

}
