package com.geniusharmony.odoosync.config;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Names the service's Redis keys: every key starts with one prefix, so that several
 * deployments (or test runs) can share a Redis server without meeting.
 *
 * @param keyPrefix what every key starts with ({@code HARMONY_REDIS_KEY_PREFIX})
 */
@Validated
@ConfigurationProperties("harmony.redis")
public record RedisKeys(@DefaultValue("harmony:odoo-sync:") @NotBlank String keyPrefix) {

	/**
	 * The full name of one of the service's keys.
	 * @param name the key's name within the service, such as {@code budget:bucket}
	 * @return the prefixed key
	 */
	public String key(String name) {
		return this.keyPrefix + name;
	}

}
