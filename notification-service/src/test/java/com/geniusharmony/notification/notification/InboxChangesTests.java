package com.geniusharmony.notification.notification;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a stamp promises while changes and fresh starts happen at the same time on other
 * threads: a value read after a stamp was taken is current only if no change noted since
 * is missing from it.
 */
class InboxChangesTests {

	private static final int READS = 200_000;

	private final InboxChanges changes = new InboxChanges();

	@Test
	void noValueReadBeforeANotedChangeLooksCurrentWhileChangesAndFreshStartsRace() {
		this.changes.heard(true);
		AtomicLong stored = new AtomicLong();
		AtomicLong noted = new AtomicLong();
		AtomicBoolean reading = new AtomicBoolean(true);
		CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
			while (reading.get()) {
				// a change is committed, then noted
				long value = stored.incrementAndGet();
				this.changes.changed("ann");
				noted.set(value);
			}
		});
		CompletableFuture<Void> freshStarts = CompletableFuture.runAsync(() -> {
			while (reading.get()) {
				// the listening connection is made again: everything starts afresh
				this.changes.heard(true);
			}
		});
		try {
			long stale = 0;
			for (int i = 0; i < READS; i++) {
				InboxChanges.Stamp stamp = this.changes.stamp("ann");
				long read = stored.get();
				long lastNoted = noted.get();
				if (this.changes.current("ann", stamp) && read < lastNoted) {
					stale++;
				}
			}
			assertThat(stale).as("values read before a noted change that looked current").isZero();
		}
		finally {
			reading.set(false);
			CompletableFuture.allOf(writer, freshStarts).orTimeout(30, TimeUnit.SECONDS).join();
		}
	}

	@Test
	void aStampIsCurrentUntilTheUserChangesAndNotWhileChangesGoUnheard() {
		InboxChanges.Stamp unheard = this.changes.stamp("ann");
		assertThat(this.changes.current("ann", unheard)).isFalse();
		this.changes.heard(true);
		InboxChanges.Stamp stamp = this.changes.stamp("ann");
		assertThat(this.changes.current("ann", stamp)).isTrue();
		this.changes.changed("bob");
		assertThat(this.changes.current("ann", stamp)).isTrue();
		this.changes.changed("ann");
		assertThat(this.changes.current("ann", stamp)).isFalse();
		InboxChanges.Stamp after = this.changes.stamp("ann");
		this.changes.heard(false);
		assertThat(this.changes.current("ann", after)).isFalse();
	}

}
