package com.geniusharmony.odoosync.sync;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the service's keys live in a Redis that other services or environments may share.
 *
 * @param keyPrefix put before every key the service writes
 * ({@code HARMONY_REDIS_KEY_PREFIX})
 */
@Validated
@ConfigurationProperties("harmony.redis")
public record RedisKeyProperties(@DefaultValue("harmony:odoo-sync:") String keyPrefix) {

}
