package com.geniusharmony.support.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox relay runs.
 *
 * @param enabled whether this instance takes part in relaying
 * ({@code HARMONY_OUTBOX_ENABLED})
 * @param pollInterval the longest the relay waits without a notification before it looks
 * again, how often a standby tries to become the relay, and how often the relay's
 * connection is checked ({@code HARMONY_OUTBOX_POLL_INTERVAL})
 * @param batchSize rows read and published at a time ({@code HARMONY_OUTBOX_BATCH_SIZE})
 * @param lockKey the PostgreSQL advisory lock that elects the relay among the replicas
 * sharing a database
 */
@Validated
@ConfigurationProperties("harmony.outbox")
public record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("500") @Min(1) @Max(10000) int batchSize, @DefaultValue("7286536170") long lockKey) {

}
