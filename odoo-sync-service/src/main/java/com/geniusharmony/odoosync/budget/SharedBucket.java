package com.geniusharmony.odoosync.budget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.geniusharmony.odoosync.config.RedisKeys;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The bucket every instance shares: one atomic Lua script per step over Redis, so that
 * instances never race on the bucket and Redis's clock decides for all of them.
 */
final class SharedBucket {

	private static final RedisScript<String> ACQUIRE = RedisScript.of(new ClassPathResource("budget/acquire.lua"),
			String.class);

	private static final RedisScript<Long> PAUSE = RedisScript.of(new ClassPathResource("budget/pause.lua"),
			Long.class);

	private static final RedisScript<Long> USE = RedisScript.of(new ClassPathResource("budget/use.lua"), Long.class);

	private final ReactiveStringRedisTemplate redis;

	private final OdooBudgetProperties properties;

	private final String bucketKey;

	private final String pauseKey;

	private final String refusalsKey;

	private final String reservedKey;

	SharedBucket(ReactiveStringRedisTemplate redis, OdooBudgetProperties properties, RedisKeys keys) {
		this.redis = redis;
		this.properties = properties;
		this.bucketKey = keys.key("budget:bucket");
		this.pauseKey = keys.key("budget:paused-until");
		this.refusalsKey = keys.key("budget:refusals");
		this.reservedKey = keys.key("budget:reserved-per-minute");
	}

	Mono<Slot> reserve(int slots) {
		long interval = micros(this.properties.sharedInterval());
		List<String> args = List.of(Long.toString(interval), Long.toString((this.properties.burst() - 1) * interval),
				Long.toString(micros(this.properties.reservationHorizon())), Integer.toString(slots));
		return this.redis.execute(ACQUIRE, List.of(this.bucketKey, this.pauseKey, this.reservedKey), args)
			.single()
			.map(SharedBucket::slot);
	}

	Mono<Duration> pause(@Nullable Duration retryAfter) {
		List<String> args = new ArrayList<>();
		args.add(Long.toString((retryAfter != null) ? micros(retryAfter) : -1));
		this.properties.pauseSteps().forEach((step) -> args.add(Long.toString(micros(step))));
		Duration lastStep = this.properties.pauseSteps().get(this.properties.pauseSteps().size() - 1);
		args.add(Long.toString(lastStep.multipliedBy(2).toMillis()));
		return this.redis.execute(PAUSE, List.of(this.pauseKey, this.refusalsKey, this.bucketKey), args)
			.single()
			.map((micros) -> Duration.ofNanos(micros * 1000));
	}

	/**
	 * The slots every instance reserved during the last full minute.
	 */
	Mono<Long> reservedLastMinute() {
		return this.redis.execute(USE, List.of(this.reservedKey), List.of()).single();
	}

	Mono<Void> forgetRefusals() {
		return this.redis.delete(this.refusalsKey).then();
	}

	private static Slot slot(String answer) {
		String[] parts = answer.split(" ");
		return new Slot(Duration.ofNanos(Long.parseLong(parts[0]) * 1000), "1".equals(parts[1]), "1".equals(parts[2]));
	}

	private static long micros(Duration duration) {
		return duration.toNanos() / 1000;
	}

}
