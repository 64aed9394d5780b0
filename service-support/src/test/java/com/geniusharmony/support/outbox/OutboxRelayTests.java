package com.geniusharmony.support.outbox;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code HARMONY_OUTBOX_ENABLED=false} is decided when the relay starts, not by leaving
 * the bean out, so that an ahead-of-time processed context behaves the same.
 */
class OutboxRelayTests {

	@Test
	void aDisabledRelayNeitherStartsWithItsContextNorOpensAProducerOrAConnection() {
		OutboxRelay relay = relay(false);

		assertThat(relay.isAutoStartup()).isFalse();
		relay.start();
		assertThat(relay.isRunning()).isFalse();
		relay.stop();
		assertThat(relay.isRunning()).isFalse();
	}

	@Test
	void anEnabledRelayStartsWithItsContext() {
		assertThat(relay(true).isAutoStartup()).isTrue();
	}

	private static OutboxRelay relay(boolean enabled) {
		OutboxProperties properties = new OutboxProperties(enabled, Duration.ofSeconds(1), 500, 42L);
		return new OutboxRelay(() -> fail("a disabled relay opened a producer"),
				(onWake) -> fail("a disabled relay opened a connection"), List.of(),
				new OutboxMetrics(new SimpleMeterRegistry()), properties);
	}

}
