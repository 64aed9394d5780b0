package com.geniusharmony.odoosync.mapping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.geniusharmony.odoosync.config.RedisAvailability;
import com.geniusharmony.odoosync.config.RedisKeys;
import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.odoo.OdooProperties;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the Odoo users ({@code res.users}) that have given emails, case-insensitively,
 * with each answer (found or not) cached in Redis for a while. Redis being unreachable
 * only costs a search in Odoo (and Redis is left alone for a while, see
 * {@link RedisAvailability}).
 */
@Component
class OdooUsers {

	private static final String NONE = "0";

	private final OdooClient odoo;

	private final ReactiveStringRedisTemplate redis;

	private final RedisAvailability availability;

	private final String keyPrefix;

	private final Duration ttl;

	OdooUsers(OdooClient odoo, ReactiveStringRedisTemplate redis, RedisAvailability availability, RedisKeys keys,
			OdooProperties odooProperties) {
		this.odoo = odoo;
		this.redis = redis;
		this.availability = availability;
		this.keyPrefix = keys.key("odoo-user-by-email:");
		this.ttl = odooProperties.cacheTtl();
	}

	/**
	 * @param emails emails, in lower case
	 * @return the Odoo user id of each email that has one
	 */
	Mono<Map<String, Long>> byEmail(Set<String> emails) {
		if (emails.isEmpty()) {
			return Mono.just(Map.of());
		}
		List<String> ordered = List.copyOf(emails);
		return cached(ordered).flatMap((cached) -> {
			List<String> missing = ordered.stream().filter((email) -> !cached.containsKey(email)).toList();
			return search(missing).flatMap((found) -> remember(missing, found).thenReturn(merge(cached, found)));
		});
	}

	private Mono<Map<String, Long>> cached(List<String> emails) {
		Mono<List<String>> values = this.availability
			.attempt(this.redis.opsForValue().multiGet(emails.stream().map(this::key).toList()), Mono::empty);
		return values.map((found) -> {
			Map<String, Long> cached = new HashMap<>();
			for (int i = 0; i < emails.size(); i++) {
				String value = found.get(i);
				if (value != null) {
					cached.put(emails.get(i), Long.valueOf(value));
				}
			}
			return cached;
		}).defaultIfEmpty(Map.of());
	}

	private Mono<Map<String, Long>> search(List<String> emails) {
		if (emails.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.odoo.searchRead("res.users", domain(emails), List.of("email"), false).map((users) -> {
			Map<String, Long> found = new HashMap<>();
			for (JsonNode user : users) {
				String email = user.path("email").isString() ? user.path("email").asString().toLowerCase(Locale.ROOT)
						: "";
				// =ilike treats _ and % as wildcards: only an exact match counts
				if (emails.contains(email)) {
					found.merge(email, user.path("id").asLong(), Math::min);
				}
			}
			return found;
		});
	}

	/**
	 * {@code ['|', ['email', '=ilike', a], ['email', '=ilike', b]]}, Odoo's prefix
	 * notation.
	 */
	static List<Object> domain(List<String> emails) {
		List<Object> domain = new ArrayList<>();
		for (int i = 1; i < emails.size(); i++) {
			domain.add("|");
		}
		for (String email : emails) {
			domain.add(List.of("email", "=ilike", email));
		}
		return domain;
	}

	private Mono<Void> remember(List<String> emails, Map<String, Long> found) {
		return this.availability.attempt(Flux.fromIterable(emails)
			.flatMap((email) -> this.redis.opsForValue()
				.set(key(email), String.valueOf(found.getOrDefault(email, Long.valueOf(NONE))), this.ttl))
			.then(), Mono::empty);
	}

	private static Map<String, Long> merge(Map<String, Long> cached, Map<String, Long> found) {
		Map<String, Long> all = new HashMap<>(found);
		cached.forEach((email, id) -> {
			if (id != 0L) {
				all.put(email, id);
			}
		});
		return all;
	}

	private String key(String email) {
		return this.keyPrefix + email;
	}

}
