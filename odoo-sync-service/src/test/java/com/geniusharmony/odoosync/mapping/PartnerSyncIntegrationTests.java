package com.geniusharmony.odoosync.mapping;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserDeactivated;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.events.user.UserUpdated;
import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.odoosync.SyncIntegrationTest;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.ops.EntitySyncState;
import com.geniusharmony.odoosync.state.SyncStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PartnerSyncIntegrationTests extends SyncIntegrationTest {

	@Test
	void createsAContactNamedAfterTheUser() {
		String id = TestEvents.newId();
		publish(TestEvents.event(new UserCreated(TestEvents.user(id, "Dana", "Ray", "dana@example.com")), 1));
		OdooRecord partner = awaitRecord(EntityKind.USER, id);
		assertThat(partner.model()).isEqualTo("res.partner");
		assertThat(partner.get("name")).isEqualTo("Dana Ray");
		assertThat(partner.get("email")).isEqualTo("dana@example.com");
		assertThat(partner.active()).isTrue();
		EntitySyncState state = awaitStatus(EntityKind.USER, id, SyncStatus.SYNCED);
		assertThat(state.odooId()).isEqualTo(partner.id());
		assertThat(state.syncedVersion()).isEqualTo(1);
		assertThat(state.pendingSince()).isNull();
	}

	@Test
	void namesTheContactAfterTheUsernameWhenTheUserHasNoName() {
		String id = TestEvents.newId();
		publish(TestEvents.event(new UserCreated(new UserState(id, "eve" + id, "", " ", "", true)), 1));
		assertThat(awaitRecord(EntityKind.USER, id).get("name")).isEqualTo("eve" + id);
	}

	@Test
	void keepsOneContactWithTheLatestStateWhateverTheOrderAndRepeatsOfItsEvents() {
		String id = TestEvents.newId();
		UserState first = TestEvents.user(id, "Gil", "One", "gil@example.com");
		UserState second = TestEvents.user(id, "Gil", "Two", "gil@example.com");
		UserState third = TestEvents.user(id, "Gil", "Three", "gil@example.com");
		publish(TestEvents.event(new UserCreated(first), 1));
		publish(TestEvents.event(new UserUpdated(third), 3));
		publish(TestEvents.event(new UserUpdated(second), 2));
		publish(TestEvents.event(new UserUpdated(third), 3));
		publish(TestEvents.event(new UserCreated(first), 1));
		// a later event of the same user shares its partition: once it is synced, every
		// event before it was consumed
		UserState fourth = TestEvents.user(id, "Gil", "Four", "gil@example.com");
		publish(TestEvents.event(new UserUpdated(fourth), 4));
		await().atMost(WAIT)
			.until(() -> state(EntityKind.USER, id), (state) -> state != null && state.syncedVersion() != null
					&& state.syncedVersion() == 4 && state.status() == SyncStatus.SYNCED);
		assertThat(odoo().records("res.partner")
			.stream()
			.filter((partner) -> partner.externalIds().contains(externalId(EntityKind.USER, id)))).singleElement()
			.satisfies((partner) -> assertThat(partner.get("name")).isEqualTo("Gil Four"));
		assertThat(state(EntityKind.USER, id).version()).isEqualTo(4);
	}

	@Test
	void archivesTheContactOfADeactivatedUser() {
		String id = TestEvents.newId();
		UserState user = TestEvents.user(id, "Hal", "Lee", "hal@example.com");
		publish(TestEvents.event(new UserCreated(user), 1));
		int partnerId = awaitRecord(EntityKind.USER, id).id();
		publish(TestEvents.event(
				new UserDeactivated(
						new UserState(id, user.username(), user.email(), user.firstName(), user.lastName(), false)),
				2));
		await().atMost(WAIT).until(() -> !odoo().record("res.partner", partnerId).orElseThrow().active());
		assertThat(awaitStatus(EntityKind.USER, id, SyncStatus.SYNCED).odooId()).isEqualTo(partnerId);
	}

}
