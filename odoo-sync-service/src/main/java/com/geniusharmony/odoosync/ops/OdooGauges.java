package com.geniusharmony.odoosync.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the Odoo client and the request budget report about themselves, read from their
 * gauges, so that the status answers exactly what the dashboards show.
 */
@Component
class OdooGauges {

	private final MeterRegistry registry;

	OdooGauges(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * The circuit breaker's state.
	 * @return {@code closed}, {@code open} or {@code half_open}, or {@code null} if the
	 * client reports none
	 */
	@Nullable String circuit() {
		for (Gauge gauge : this.registry.find("harmony.odoo.circuit.state").gauges()) {
			if (gauge.value() >= 1) {
				return gauge.getId().getTag("state");
			}
		}
		return null;
	}

	/**
	 * Whether every instance holds its requests after a 429.
	 */
	boolean paused() {
		return isOn("harmony.odoo.paused");
	}

	/**
	 * Whether this instance keeps to its local limit because Redis is unreachable.
	 */
	boolean budgetFallback() {
		return isOn("harmony.odoo.budget.fallback");
	}

	private boolean isOn(String name) {
		Gauge gauge = this.registry.find(name).gauge();
		return gauge != null && gauge.value() >= 1;
	}

}
