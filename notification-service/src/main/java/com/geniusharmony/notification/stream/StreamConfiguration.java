package com.geniusharmony.notification.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives the change listener a connection factory outside the pool: its connection stays
 * open for as long as the replica runs, listening.
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

	@Bean
	ChangeSignals changeSignals(ConnectionFactory connectionFactory, StreamProperties properties,
			MeterRegistry meters) {
		return new ChangeSignals(unpooled(connectionFactory), properties.heartbeat(), meters);
	}

	private static ConnectionFactory unpooled(ConnectionFactory connectionFactory) {
		if (connectionFactory instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
			return inner;
		}
		return connectionFactory;
	}

}
