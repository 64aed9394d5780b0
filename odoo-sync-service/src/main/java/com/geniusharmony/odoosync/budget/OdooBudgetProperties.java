package com.geniusharmony.odoosync.budget;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The request budget to Odoo, shared by every instance.
 *
 * @param requestsPerSecond the budget, all instances together ({@code ODOO_RATE_LIMIT})
 * @param burst how many requests may leave at once after a quiet spell
 * ({@code ODOO_RATE_BURST}); 1 spaces requests evenly, so that no one-second window holds
 * more than the budget
 * @param margin the share of the budget kept in reserve so that network jitter between
 * taking a permit and the request reaching Odoo cannot push a window over the budget
 * ({@code ODOO_RATE_MARGIN}, 0.1 = requests leave at most every 110 ms for a budget of
 * 10)
 * @param maxInstances how many instances may run at once ({@code ODOO_MAX_INSTANCES}, the
 * autoscaler's maximum); while Redis is unreachable each instance keeps to the budget
 * divided by this
 * @param pauseSteps the global pauses after refusals with HTTP 429 that give no
 * {@code Retry-After}, in order ({@code ODOO_RATE_LIMIT_PAUSES})
 * @param reservationHorizon how far ahead an instance may reserve a slot in the shared
 * bucket; further out it waits and asks again. It also bounds what still reaches Odoo
 * after a refusal with HTTP 429: slots reserved before the pause began
 * @param redisTimeout how long a step of the shared bucket may take before the instance
 * falls back to its local limit (for as long as {@code RedisAvailability} leaves Redis
 * alone)
 */
@Validated
@ConfigurationProperties("odoo.budget")
public record OdooBudgetProperties(@DefaultValue("10") @Positive double requestsPerSecond,
		@DefaultValue("1") @Min(1) int burst, @DefaultValue("0.1") @DecimalMin("0") @DecimalMax("0.9") double margin,
		@DefaultValue("3") @Min(1) int maxInstances, @DefaultValue( {
				"1m", "2m", "4m" }) @NotEmpty List<Duration> pauseSteps,
		@DefaultValue("500ms") Duration reservationHorizon, @DefaultValue("500ms") Duration redisTimeout){

	/**
	 * The time between two requests of all instances together.
	 * @return the emission interval of the shared bucket
	 */
	public Duration sharedInterval() {
		return Duration.ofNanos(Math.round(1_000_000_000d * (1 + this.margin) / this.requestsPerSecond));
	}

	/**
	 * How late a request may be written in its slot: a fifth of what the margin leaves
	 * free in each second (20 ms for the defaults). Written no later, any budget + 1
	 * consecutive requests leave over {@code margin} seconds minus this tolerance more
	 * than one second apart, and the rest (80 ms) is what the way to Odoo's door may add
	 * to one request more than to another (ADR 0008).
	 * @return the tolerance
	 */
	public Duration latenessTolerance() {
		return Duration.ofNanos(Math.max(1_000_000, Math.round(this.margin * 200_000_000d)));
	}

	/**
	 * The time between two requests of one instance while Redis is unreachable: its whole
	 * share of the budget, {@code floor(budget / maxInstances)} requests a second, spaced
	 * with the same margin, so that no sliding second holds more than that share from one
	 * instance (a budget smaller than the number of instances is kept on average only).
	 * @return the emission interval of the local bucket
	 */
	public Duration localInterval() {
		double share = Math.floor(this.requestsPerSecond / this.maxInstances);
		double perInstance = (share >= 1) ? share : this.requestsPerSecond / this.maxInstances;
		return Duration.ofNanos(Math.round(1_000_000_000d * (1 + this.margin) / perInstance));
	}

}
