package com.geniusharmony.odoosync;

import com.geniusharmony.support.outbox.EnableOutbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The odoo-sync-service: pushes users, projects and tasks into Odoo under a request
 * budget shared through Redis.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableOutbox
public class OdooSyncServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(OdooSyncServiceApplication.class, args);
	}

}
