package com.geniusharmony.support.schedule;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RepeatingStepTests {

	@Test
	void aFailedRunIsReportedAndTheNextTickRunsTheStepAgain() {
		AtomicInteger runs = new AtomicInteger();
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		RepeatingStep step = new RepeatingStep(
				Duration.ZERO, Duration.ofMillis(5), () -> (runs.incrementAndGet() == 1)
						? Mono.error(new IllegalStateException("first run fails")) : Mono.just(runs.get()),
				failures::add);
		step.start();
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() >= 3);
		}
		finally {
			step.stop();
		}
		assertThat(failures).singleElement().satisfies((ex) -> assertThat(ex).hasMessage("first run fails"));
	}

	@Test
	void runsNeverOverlap() {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		AtomicInteger runs = new AtomicInteger();
		RepeatingStep step = new RepeatingStep(Duration.ZERO, Duration.ofMillis(1), () -> Mono.fromRunnable(() -> {
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			runs.incrementAndGet();
		}).delaySubscription(Duration.ofMillis(3)).doFinally((signal) -> running.decrementAndGet()), (ex) -> {
		});
		step.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() >= 5);
		step.stop();
		assertThat(step.isRunning()).isFalse();
		assertThat(mostAtOnce.get()).isEqualTo(1);
	}

}
