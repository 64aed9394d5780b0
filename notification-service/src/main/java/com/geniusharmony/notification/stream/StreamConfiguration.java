package com.geniusharmony.notification.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The change listener of the live streams, and their tickets.
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

	@Bean
	ChangeSignals changeSignals(ConnectionFactory connectionFactory, StreamProperties properties,
			MeterRegistry meters) {
		return new ChangeSignals(connectionFactory, properties.heartbeat(), meters);
	}

	@Bean
	StreamTickets streamTickets(DatabaseClient database, StreamProperties properties) {
		return new StreamTickets(database, properties.ticketTtl());
	}

}
