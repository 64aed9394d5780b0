package com.geniusharmony.scheduler.lease;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The lease of this replica, on the database's clock, and its health contributor.
 */
@Configuration(proxyBeanMethods = false)
class LeaseConfiguration {

	@Bean
	Lease lease(DatabaseClient database, LeaseProperties properties, Clock clock, MeterRegistry meters) {
		return new Lease(database, LeaseTime.database(), properties, clock, meters);
	}

	@Bean
	LeadershipHealthIndicator leadershipHealthIndicator(Lease lease) {
		return new LeadershipHealthIndicator(lease);
	}

}
