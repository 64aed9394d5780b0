package com.geniusharmony.events.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventSamples;
import com.geniusharmony.events.EventType;
import com.geniusharmony.events.json.ReadResult.Readable;
import com.geniusharmony.events.json.ReadResult.Unreadable;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserState;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the versioning mechanism with a registry of this test only, in which
 * {@code user.created} has a v2 that nests the names ({@code "name": {"first", "last"}})
 * and v1 is read through an upcaster.
 */
class UpcastingTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final Path USER_CREATED_V1 = Path.of("src/test/resources/events/user.created/v1.json");

	private final EventJson json = new EventJson(new PayloadFormats.Builder()
		.current(EventType.USER_CREATED, 2, UserCreated.class, UpcastingTests::writeV2, UpcastingTests::readV2)
		.upcaster(EventType.USER_CREATED, 1, UpcastingTests::upcastV1)
		.build());

	@Test
	void readsAnOlderVersionThroughItsUpcasterIntoTheCurrentRecord() throws IOException {
		ReadResult result = this.json.read(Files.readAllBytes(USER_CREATED_V1));

		assertThat(result).isEqualTo(new Readable(atVersion2(EventSamples.sample(EventType.USER_CREATED))));
	}

	@Test
	void writesTheCurrentVersionAndReadsItBack() {
		EventEnvelope envelope = atVersion2(EventSamples.sample(EventType.USER_CREATED));

		byte[] written = this.json.write(envelope);

		JsonNode tree = MAPPER.readTree(written);
		assertThat(tree.get("schema_version").intValue()).isEqualTo(2);
		assertThat(tree.get("data").get("user").get("name").get("first").stringValue()).isEqualTo("Amina");
		assertThat(tree.get("data").get("user").has("first_name")).isFalse();
		assertThat(this.json.read(written)).isEqualTo(new Readable(envelope));
	}

	@Test
	void versionNewerThanTheCurrentOneIsUnreadable() {
		ObjectNode tree = (ObjectNode) MAPPER
			.readTree(this.json.write(atVersion2(EventSamples.sample(EventType.USER_CREATED))));
		tree.put("schema_version", 3);

		ReadResult result = this.json.read(MAPPER.writeValueAsBytes(tree));

		assertThat(result).isInstanceOfSatisfying(Unreadable.class, (unreadable) -> assertThat(unreadable.reason())
			.isEqualTo("unknown schema version 3 of user.created (readable: v1 to v2)"));
	}

	@Test
	void upcasterNamesAFieldTheOlderVersionLacks() throws IOException {
		ObjectNode tree = (ObjectNode) MAPPER.readTree(Files.readAllBytes(USER_CREATED_V1));
		((ObjectNode) tree.get("data").get("user")).remove("first_name");

		ReadResult result = this.json.read(MAPPER.writeValueAsBytes(tree));

		assertThat(result).isInstanceOfSatisfying(Unreadable.class,
				(unreadable) -> assertThat(unreadable.reason()).isEqualTo("data.user.first_name is required"));
	}

	@Test
	void typeTheRegistryDoesNotKnowIsUnreadable() {
		ReadResult result = this.json.read(new EventJson().write(EventSamples.sample(EventType.TASK_CREATED)));

		assertThat(result).isInstanceOfSatisfying(Unreadable.class,
				(unreadable) -> assertThat(unreadable.reason()).isEqualTo("no reader for type task.created"));
	}

	private static EventEnvelope atVersion2(EventEnvelope envelope) {
		return new EventEnvelope(envelope.eventId(), envelope.type(), 2, envelope.occurredAt(), envelope.aggregateId(),
				envelope.aggregateVersion(), envelope.payload());
	}

	private static ObjectNode upcastV1(Fields data) {
		Fields user = data.object("user");
		ObjectNode upcast = data.node().deepCopy();
		ObjectNode upcastUser = (ObjectNode) upcast.get("user");
		upcastUser.remove(List.of("first_name", "last_name"));
		upcastUser.putObject("name").put("first", user.text("first_name")).put("last", user.text("last_name"));
		return upcast;
	}

	private static void writeV2(UserCreated event, ObjectNode data) {
		UserState user = event.user();
		ObjectNode node = data.putObject("user");
		node.put("id", user.id());
		node.put("username", user.username());
		node.put("email", user.email());
		node.putObject("name").put("first", user.firstName()).put("last", user.lastName());
		node.put("active", user.active());
	}

	private static UserCreated readV2(Fields data) {
		Fields user = data.object("user");
		Fields name = user.object("name");
		return new UserCreated(new UserState(user.nonEmptyText("id"), user.nonEmptyText("username"), user.text("email"),
				name.text("first"), name.text("last"), user.bool("active")));
	}

}
