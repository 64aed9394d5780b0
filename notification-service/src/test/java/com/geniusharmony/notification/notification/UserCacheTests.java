package com.geniusharmony.notification.notification;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class UserCacheTests {

	private final InboxChanges changes = new InboxChanges();

	private final UserCache<Integer> cache = new UserCache<>(this.changes);

	private final AtomicInteger reads = new AtomicInteger();

	@Test
	void keepsWhatItReadWhileNothingOfTheUserChanged() {
		this.changes.heard(true);
		assertThat(read("ann")).isEqualTo(1);
		assertThat(read("ann")).isEqualTo(1);
		assertThat(read("bob")).isEqualTo(2);
		this.changes.changed("bob");
		assertThat(read("ann")).isEqualTo(1);
		assertThat(read("bob")).isEqualTo(3);
		assertThat(read("bob")).isEqualTo(3);
	}

	@Test
	void readsAgainWhatChangedWhileItWasRead() {
		this.changes.heard(true);
		Integer first = this.cache.get("ann", () -> Mono.fromSupplier(() -> {
			// a change committed while the statement runs: its value may be the old one
			this.changes.changed("ann");
			return this.reads.incrementAndGet();
		})).block();
		assertThat(first).isEqualTo(1);
		assertThat(read("ann")).isEqualTo(2);
	}

	@Test
	void keepsNothingWhileChangesGoUnheard() {
		assertThat(read("ann")).isEqualTo(1);
		assertThat(read("ann")).isEqualTo(2);
		this.changes.heard(true);
		assertThat(read("ann")).isEqualTo(3);
		assertThat(read("ann")).isEqualTo(3);
		// the listening connection is lost: what was kept may miss changes made meanwhile
		this.changes.heard(false);
		this.changes.heard(true);
		assertThat(read("ann")).isEqualTo(4);
	}

	@Test
	void forgetsNoChangeWhenItStopsFollowingTooManyUsers() {
		this.changes.heard(true);
		assertThat(read("ann")).isEqualTo(1);
		this.changes.changed("ann");
		// so many others change that the changes start afresh
		for (int i = 0; i <= InboxChanges.MAX_USERS; i++) {
			this.changes.changed("user-" + i);
		}
		assertThat(read("ann")).isEqualTo(2);
		assertThat(read("ann")).isEqualTo(2);
	}

	private Integer read(String user) {
		return this.cache.get(user, () -> Mono.fromSupplier(this.reads::incrementAndGet)).block();
	}

}
