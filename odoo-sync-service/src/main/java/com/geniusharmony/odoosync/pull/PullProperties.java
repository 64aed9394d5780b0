package com.geniusharmony.odoosync.pull;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the sync polls Odoo for changes made there ({@code HARMONY_SYNC_PULL_*}).
 *
 * @param enabled whether to poll at all ({@code HARMONY_SYNC_PULL_ENABLED})
 * @param interval how long after a poll completed the next one starts
 * ({@code HARMONY_SYNC_PULL_INTERVAL})
 * @param overlap how far before its cursor each poll starts reading again, for records
 * whose transaction committed after later ones were read
 * ({@code HARMONY_SYNC_PULL_OVERLAP})
 * @param pageSize records read per request ({@code HARMONY_SYNC_PULL_PAGE_SIZE})
 * @param lease how long a poll stays with an instance that stopped answering before
 * another one takes it ({@code HARMONY_SYNC_PULL_LEASE})
 * @param holdTimeout the longest an entity waits for core-service to apply a change
 * before its own state may be written to Odoo again
 * ({@code HARMONY_SYNC_PULL_HOLD_TIMEOUT})
 * @param webhookSecret the secret an Odoo automation signs its webhook calls with; empty
 * turns the webhook off ({@code HARMONY_SYNC_WEBHOOK_SECRET})
 */
@Validated
@ConfigurationProperties("harmony.sync.pull")
public record PullProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30s") @NotNull Duration interval,
		@DefaultValue("2m") @NotNull Duration overlap, @DefaultValue("100") @Min(1) @Max(1000) int pageSize,
		@DefaultValue("2m") @NotNull Duration lease, @DefaultValue("5m") @NotNull Duration holdTimeout,
		@DefaultValue("") String webhookSecret) {

}
