package com.geniusharmony.odoosync.config;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class RedisAvailabilityTests {

	private final AtomicLong now = new AtomicLong(1_000);

	private final RedisAvailability availability = new RedisAvailability(Duration.ofSeconds(5), this.now::get);

	private final AtomicInteger stepsRun = new AtomicInteger();

	@Test
	void runsStepsWhileRedisAnswers() {
		StepVerifier.create(this.availability.attempt(step(Mono.just("from Redis")), () -> Mono.just("without")))
			.expectNext("from Redis")
			.verifyComplete();
		assertThat(this.availability.skipped()).isFalse();
	}

	@Test
	void aFailedStepAnswersWithoutRedisAndLeavesRedisAloneForTheWhile() {
		StepVerifier
			.create(this.availability.attempt(step(Mono.error(new IllegalStateException("connection refused"))),
					() -> Mono.just("without")))
			.expectNext("without")
			.verifyComplete();
		this.now.addAndGet(Duration.ofMillis(4_999).toNanos());

		StepVerifier.create(this.availability.attempt(step(Mono.just("from Redis")), () -> Mono.just("without")))
			.expectNext("without")
			.verifyComplete();
		assertThat(this.stepsRun).hasValue(1);
	}

	@Test
	void triesRedisAgainOnceTheWhileIsOver() {
		this.availability.failed(new IllegalStateException("timed out"));
		this.now.addAndGet(Duration.ofSeconds(5).toNanos());

		assertThat(this.availability.skipped()).isFalse();
		StepVerifier.create(this.availability.attempt(step(Mono.just("from Redis")), () -> Mono.just("without")))
			.expectNext("from Redis")
			.verifyComplete();
	}

	@Test
	void anotherFailureDuringTheWhileExtendsIt() {
		this.availability.failed(new IllegalStateException("timed out"));
		this.now.addAndGet(Duration.ofSeconds(3).toNanos());
		this.availability.failed(new IllegalStateException("timed out again"));
		this.now.addAndGet(Duration.ofSeconds(3).toNanos());

		assertThat(this.availability.skipped()).isTrue();
	}

	private Mono<String> step(Mono<String> answer) {
		return Mono.defer(() -> {
			this.stepsRun.incrementAndGet();
			return answer;
		});
	}

}
