package com.geniusharmony.notification.console;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the operators' console finds the other services, as a browser reaches them (the
 * defaults are the local stack's published ports).
 *
 * @param coreUrl core-service, to sign in ({@code HARMONY_CONSOLE_CORE_URL})
 * @param syncUrl odoo-sync-service ({@code HARMONY_CONSOLE_SYNC_URL})
 * @param schedulerUrl scheduler-service ({@code HARMONY_CONSOLE_SCHEDULER_URL})
 */
@Validated
@ConfigurationProperties("harmony.console")
record ConsoleProperties(@DefaultValue("http://localhost:8081") @NotNull URI coreUrl,
		@DefaultValue("http://localhost:8082") @NotNull URI syncUrl,
		@DefaultValue("http://localhost:8084") @NotNull URI schedulerUrl) {

	ConsoleProperties {
		for (URI url : new URI[] { coreUrl, syncUrl, schedulerUrl }) {
			if (!url.isAbsolute() || url.getHost() == null) {
				throw new IllegalArgumentException(
						"A console URL must be absolute, such as http://host:8081, was " + url);
			}
		}
	}

}
