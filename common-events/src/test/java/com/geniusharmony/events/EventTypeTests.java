package com.geniusharmony.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypeTests {

	private static final Map<String, Topic> TOPIC_OF_AGGREGATE = Map.of("user", Topic.USERS, "project", Topic.PROJECTS,
			"task", Topic.TASKS, "tick", Topic.TICKS, "odoo", Topic.ODOO_LINKS);

	@ParameterizedTest
	@EnumSource(EventType.class)
	void wireNameIsAggregateDotLowerSnakeCase(EventType type) {
		assertThat(type.wireName()).matches("(user|project|task|tick|odoo)\\.[a-z]+(_[a-z]+)*");
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void travelsOnTheTopicOfItsAggregate(EventType type) {
		String aggregate = type.wireName().substring(0, type.wireName().indexOf('.'));
		assertThat(type.topic()).isEqualTo(TOPIC_OF_AGGREGATE.get(aggregate));
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void isFoundByItsWireName(EventType type) {
		assertThat(EventType.fromWireName(type.wireName())).contains(type);
	}

	@Test
	void findsNoTypeForAnUnknownOrDifferentlyWrittenName() {
		assertThat(EventType.fromWireName("task.exploded")).isEmpty();
		assertThat(EventType.fromWireName("TASK_CREATED")).isEmpty();
		assertThat(EventType.fromWireName("Task.Created")).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void payloadRecordDeclaresTheTypeWhosePayloadItIs(EventType type) {
		EventPayload payload = EventSamples.payload(type);
		assertThat(payload).isInstanceOf(type.payloadType());
		assertThat(payload.type()).isEqualTo(type);
	}

	@Test
	void eachPermittedPayloadRecordIsThePayloadOfExactlyOneType() {
		Set<Class<?>> permitted = permittedRecords(EventPayload.class).collect(Collectors.toSet());
		assertThat(Arrays.stream(EventType.values()).<Class<?>>map(EventType::payloadType)).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(permitted);
	}

	@Test
	void everyTypeIsAtLeastAtVersionOne() {
		assertThat(EventType.values()).allSatisfy((type) -> assertThat(type.currentVersion()).isPositive());
	}

	private static Stream<Class<?>> permittedRecords(Class<?> sealed) {
		return Arrays.stream(sealed.getPermittedSubclasses())
			.flatMap((type) -> type.isSealed() ? permittedRecords(type) : Stream.of(type));
	}

}
