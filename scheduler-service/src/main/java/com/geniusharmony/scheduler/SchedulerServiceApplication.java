package com.geniusharmony.scheduler;

import java.time.Clock;

import com.geniusharmony.support.outbox.EnableOutbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The scheduler-service: emits the deadline-check and Odoo-sync-sweep ticks once per
 * scheduled instant.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableOutbox
public class SchedulerServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(SchedulerServiceApplication.class, args);
	}

	/**
	 * The clock that decides which slots are due; tests replace it.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
