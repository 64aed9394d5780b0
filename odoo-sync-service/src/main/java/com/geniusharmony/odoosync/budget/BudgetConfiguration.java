package com.geniusharmony.odoosync.budget;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import com.geniusharmony.odoosync.config.RedisAvailability;
import com.geniusharmony.odoosync.config.RedisKeys;

/**
 * Wires the shared request budget.
 */
@Configuration(proxyBeanMethods = false)
class BudgetConfiguration {

	@Bean
	OdooRequestBudget odooRequestBudget(ReactiveStringRedisTemplate redis, OdooBudgetProperties properties,
			RedisKeys keys, MeterRegistry registry, RedisAvailability availability) {
		return new RedisOdooRequestBudget(new SharedBucket(redis, properties, keys),
				new LocalBucket(properties, System::nanoTime), properties, new BudgetMetrics(registry), availability,
				System::nanoTime);
	}

}
