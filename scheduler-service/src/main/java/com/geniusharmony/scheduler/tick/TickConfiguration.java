package com.geniusharmony.scheduler.tick;

import java.time.Clock;

import com.geniusharmony.scheduler.lease.Lease;
import com.geniusharmony.support.outbox.OutboxWriter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The schedules, the emitter and the loop that drives it, and the manual trigger.
 */
@Configuration(proxyBeanMethods = false)
class TickConfiguration {

	@Bean
	TickRepository tickRepository(DatabaseClient database) {
		return new TickRepository(database);
	}

	@Bean
	TickMetrics tickMetrics(MeterRegistry meters) {
		return new TickMetrics(meters);
	}

	@Bean
	TickRecorder tickRecorder(TickRepository repository, OutboxWriter outbox, TransactionalOperator transactions) {
		return new TickRecorder(repository, outbox, transactions);
	}

	@Bean
	SentTicks sentTicks(TickRepository repository, TickMetrics metrics) {
		return new SentTicks(repository, metrics);
	}

	@Bean
	TickEmitter tickEmitter(SchedulerProperties properties, Lease lease, TickRepository repository,
			TickRecorder recorder, Clock clock) {
		return new TickEmitter(properties.schedules(), lease, repository, recorder, clock);
	}

	@Bean
	TickLoop tickLoop(TickEmitter emitter, TickRepository repository, Lease lease, SchedulerProperties properties,
			Clock clock) {
		return new TickLoop(emitter, repository, lease, properties, clock);
	}

	@Bean
	ManualTicks manualTicks(TickRecorder recorder, TickRepository repository, Clock clock) {
		return new ManualTicks(recorder, repository, clock);
	}

}
