package com.geniusharmony.odoosync.config;

import java.time.Duration;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the sync drains pending entities into Odoo ({@code HARMONY_SYNC_*}).
 *
 * @param batchSize rows per {@code load} call ({@code HARMONY_SYNC_BATCH_SIZE})
 * @param concurrentBatches batches an instance writes at once, one per drain, so that
 * Odoo has the next one as soon as it is done with one
 * ({@code HARMONY_SYNC_CONCURRENT_BATCHES})
 * @param debounce how soon after a change arrives a drain starts; changes arriving
 * meanwhile join it ({@code HARMONY_SYNC_DEBOUNCE})
 * @param claimLease how long a batch stays claimed by an instance that stopped answering
 * before another one takes it ({@code HARMONY_SYNC_CLAIM_LEASE})
 * @param maxAttempts attempts of an entity Odoo refuses before it is parked
 * ({@code HARMONY_SYNC_MAX_ATTEMPTS})
 * @param retryBackoff wait before the first retry of a refused entity, doubled at each
 * further one ({@code HARMONY_SYNC_RETRY_BACKOFF})
 * @param retryBackoffMax longest wait between two attempts
 * ({@code HARMONY_SYNC_RETRY_BACKOFF_MAX})
 * @param deletedTasks what a deleted task becomes in Odoo: {@code archive} or
 * {@code unlink} ({@code HARMONY_SYNC_DELETED_TASKS})
 * @param deadlineTime the time of day a deadline is written at when Odoo stores it as a
 * datetime (UTC), ({@code HARMONY_SYNC_DEADLINE_TIME})
 * @param metricsRefresh how often the entity counts and the lag are read for the metrics
 * ({@code HARMONY_SYNC_METRICS_REFRESH})
 * @param instanceId the name this instance claims rows under, unique per instance
 * ({@code HARMONY_SYNC_INSTANCE_ID}, default the host name and a random suffix)
 */
@Validated
@ConfigurationProperties("harmony.sync")
public record SyncProperties(@DefaultValue("100") @Min(1) @Max(1000) int batchSize,
		@DefaultValue("2") @Min(1) @Max(16) int concurrentBatches, @DefaultValue("200ms") @NotNull Duration debounce,
		@DefaultValue("1m") @NotNull Duration claimLease, @DefaultValue("5") @Min(1) int maxAttempts,
		@DefaultValue("30s") @NotNull Duration retryBackoff, @DefaultValue("30m") @NotNull Duration retryBackoffMax,
		@DefaultValue("archive") @NotNull DeletedTasks deletedTasks,
		@DefaultValue("00:00") @NotNull LocalTime deadlineTime, @DefaultValue("10s") @NotNull Duration metricsRefresh,
		@NotBlank String instanceId) {

	/**
	 * What a deleted task becomes in Odoo.
	 */
	public enum DeletedTasks {

		/** {@code active} false: Odoo keeps it, out of sight. */
		ARCHIVE,

		/** Deleted from Odoo ({@code unlink}). */
		UNLINK

	}

}
