package com.geniusharmony.scheduler.tick;

import java.time.Clock;

import com.geniusharmony.events.Topic;
import com.geniusharmony.scheduler.lease.Lease;
import com.geniusharmony.support.kafka.TopicNames;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

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
	TickPublisher tickPublisher(KafkaTemplate<String, byte[]> kafka, TopicNames topics, TickRepository repository,
			TickMetrics metrics) {
		return new TickPublisher(kafka, topics.of(Topic.TICKS), repository, metrics);
	}

	@Bean
	TickEmitter tickEmitter(SchedulerProperties properties, Lease lease, TickRepository repository,
			TickPublisher publisher, Clock clock) {
		return new TickEmitter(properties.schedules(), lease, repository, publisher, clock);
	}

	@Bean
	TickLoop tickLoop(TickEmitter emitter, TickRepository repository, Lease lease, SchedulerProperties properties,
			Clock clock) {
		return new TickLoop(emitter, repository, lease, properties, clock);
	}

	@Bean
	ManualTicks manualTicks(TickRepository repository, TickPublisher publisher, Clock clock) {
		return new ManualTicks(repository, publisher, clock);
	}

}
