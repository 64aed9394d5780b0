package com.geniusharmony.odoosync.budget;

import com.geniusharmony.odoosync.config.RedisAvailability;
import com.geniusharmony.odoosync.config.RedisKeys;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Wires the shared request budget.
 */
@Configuration(proxyBeanMethods = false)
class BudgetConfiguration {

	@Bean
	OdooRequestBudget odooRequestBudget(ReactiveStringRedisTemplate redis, OdooBudgetProperties properties,
			RedisKeys keys, MeterRegistry registry, RedisAvailability availability) {
		return new RedisOdooRequestBudget(new SharedBucket(redis, properties, keys),
				new LocalBucket(properties, System::nanoTime), properties, registry, availability, System::nanoTime);
	}

}
