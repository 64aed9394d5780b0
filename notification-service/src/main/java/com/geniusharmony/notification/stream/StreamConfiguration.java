package com.geniusharmony.notification.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The change listener of the live streams.
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

	@Bean
	ChangeSignals changeSignals(ConnectionFactory connectionFactory, StreamProperties properties,
			MeterRegistry meters) {
		return new ChangeSignals(connectionFactory, properties.heartbeat(), meters);
	}

}
