package com.geniusharmony.core;

import com.geniusharmony.support.outbox.EnableOutbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The core-service: system of record for users, projects and tasks, publishing every
 * change to Kafka.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableOutbox
public class CoreServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(CoreServiceApplication.class, args);
	}

}
