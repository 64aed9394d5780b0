package com.geniusharmony.odoosync.drift;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the drift report reads core-service ({@code HARMONY_CORE_*}).
 *
 * @param url core-service's base URL ({@code HARMONY_CORE_URL})
 * @param timeout how long core-service may take to answer one page
 * ({@code HARMONY_CORE_TIMEOUT})
 */
@Validated
@ConfigurationProperties("harmony.core")
record CoreServiceProperties(@DefaultValue("http://localhost:8081") @NotNull URI url,
		@DefaultValue("30s") @NotNull Duration timeout) {

}
