package com.geniusharmony.odoosync.odoo;

import java.time.Clock;

import com.geniusharmony.odoosync.budget.OdooRequestBudget;
import com.geniusharmony.odoosync.config.RedisAvailability;
import com.geniusharmony.odoosync.config.RedisKeys;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The one {@link OdooClient} the application injects: the configured protocol's client,
 * guarded (retries, circuit breaker; the budget spent by each HTTP request) and with its
 * field definitions cached; while Odoo is not configured, a client whose calls fail with
 * {@link OdooErrorKind#NOT_CONFIGURED}. Also the circuit, the {@code odoo} health
 * component and the {@code harmony.odoo.configured} gauge.
 */
@Configuration(proxyBeanMethods = false)
class OdooClientConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(OdooClientConfiguration.class);

	@Bean
	OdooClients odooClients(OdooRequestBudget budget, MeterRegistry meters) {
		return new OdooClients(budget, new OdooRequestMetrics(meters), Clock.systemUTC());
	}

	@Bean
	OdooCircuit odooCircuit(OdooProperties properties, MeterRegistry meters) {
		return new OdooCircuit(properties, meters, Clock.systemUTC());
	}

	@Bean
	OdooClient odooClient(OdooProperties properties, OdooClients clients, OdooCircuit circuit,
			ReactiveStringRedisTemplate redis, RedisAvailability availability, RedisKeys keys) {
		String reason = properties.notConfiguredReason();
		if (reason != null) {
			logger.warn(reason);
			return new NotConfiguredOdooClient(reason);
		}
		logger.info("Odoo at {} over {} (database {}, user {})", properties.baseUrl(), properties.protocol(),
				properties.db(), properties.username());
		OdooClient guarded = new GuardedOdooClient(clients.protocolClient(properties), circuit, properties);
		return new FieldDefinitionsCache(guarded, redis, availability, keys, properties);
	}

	@Bean
	OdooConnectionCheck odooConnectionCheck(OdooProperties properties, OdooClients clients) {
		return new OdooConnectionCheck(properties, clients);
	}

	@Bean
	OdooHealthIndicator odooHealthIndicator(OdooProperties properties, OdooCircuit circuit) {
		return new OdooHealthIndicator(properties, circuit);
	}

	@Bean
	MeterBinder odooConfiguredGauge(OdooProperties properties) {
		return (meters) -> Gauge.builder("harmony.odoo.configured", () -> properties.configured() ? 1 : 0)
			.description("1 when the ODOO_* settings are complete and the integration is enabled, else 0")
			.register(meters);
	}

}
