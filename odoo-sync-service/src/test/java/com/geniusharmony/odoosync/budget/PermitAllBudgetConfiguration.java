package com.geniusharmony.odoosync.budget;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A budget that permits every request at once, for the application contexts of the tests
 * until the shared Redis budget exists.
 */
@Configuration(proxyBeanMethods = false)
class PermitAllBudgetConfiguration {

	@Bean
	OdooRequestBudget permitAllBudget() {
		return new OdooRequestBudget() {

			@Override
			public Mono<Duration> acquire() {
				return Mono.just(Duration.ZERO);
			}

			@Override
			public Mono<Duration> pauseAfterRefusal(@Nullable Duration retryAfter) {
				return Mono.just((retryAfter != null) ? retryAfter : Duration.ZERO);
			}

			@Override
			public Mono<Void> recordSuccess() {
				return Mono.empty();
			}

		};
	}

}
