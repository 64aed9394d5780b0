package com.geniusharmony.odoosync.config;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every user of Redis in the service shares.
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

	/** How long the instance goes on without Redis after Redis failed to answer. */
	private static final Duration WITHOUT_REDIS_AFTER_A_FAILURE = Duration.ofSeconds(5);

	@Bean
	RedisAvailability redisAvailability() {
		return new RedisAvailability(WITHOUT_REDIS_AFTER_A_FAILURE, System::nanoTime);
	}

}
