package com.geniusharmony.notification.stream;

import com.geniusharmony.notification.notification.InboxChanges;
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
	ChangeSignals changeSignals(ConnectionFactory connectionFactory, StreamProperties properties, MeterRegistry meters,
			InboxChanges changes) {
		return new ChangeSignals(connectionFactory, properties.heartbeat(), meters, changes);
	}

	@Bean
	StreamTickets streamTickets(DatabaseClient database, StreamProperties properties) {
		return new StreamTickets(database, properties.ticketTtl());
	}

}
