package com.geniusharmony.events.json;

import com.geniusharmony.events.EventSamples;
import com.geniusharmony.events.EventType;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PayloadFormatsTests {

	private static final UserCreated SAMPLE = (UserCreated) EventSamples.payload(EventType.USER_CREATED);

	@ParameterizedTest
	@EnumSource(EventType.class)
	void standardFormatsWriteEveryTypeAtItsCurrentVersion(EventType type) {
		assertThat(PayloadFormats.standard().currentVersion(type)).isEqualTo(type.currentVersion());
	}

	@Test
	void olderVersionWithoutUpcasterIsRefused() {
		PayloadFormats.Builder builder = userCreatedAt(3).upcaster(EventType.USER_CREATED, 1, (data) -> data.node());

		assertThatIllegalStateException().isThrownBy(builder::build)
			.withMessage("user.created v2 has no upcaster to v3, so it would no longer be readable");
	}

	@Test
	void upcasterFromTheCurrentVersionIsRefused() {
		PayloadFormats.Builder builder = userCreatedAt(1).upcaster(EventType.USER_CREATED, 1, (data) -> data.node());

		assertThatIllegalStateException().isThrownBy(builder::build)
			.withMessage("user.created has an upcaster from v1 but its current version is v1");
	}

	@Test
	void upcasterOfATypeWithoutFormatIsRefused() {
		PayloadFormats.Builder builder = userCreatedAt(1).upcaster(EventType.TASK_CREATED, 1, (data) -> data.node());

		assertThatIllegalStateException().isThrownBy(builder::build)
			.withMessage("task.created has upcasters but no current format");
	}

	@Test
	void payloadRecordOfAnotherTypeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PayloadFormats.Builder()
			.current(EventType.USER_CREATED, 1, UserUpdated.class, (event, data) -> {
			}, (data) -> new UserUpdated(SAMPLE.user()))).withMessageContaining("user.created payloads are");
	}

	@Test
	void secondCurrentFormatOfATypeIsRefused() {
		PayloadFormats.Builder builder = userCreatedAt(1);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> builder.current(EventType.USER_CREATED, 2, UserCreated.class, (event, data) -> {
			}, (data) -> SAMPLE))
			.withMessage("user.created already has a current format");
	}

	private static PayloadFormats.Builder userCreatedAt(int version) {
		return new PayloadFormats.Builder().current(EventType.USER_CREATED, version, UserCreated.class,
				(event, data) -> {
				}, (data) -> SAMPLE);
	}

}
