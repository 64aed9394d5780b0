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

	@Test
	void readsAgainWhenTheKeptValueDoesNotFitWhatIsAsked() {
		this.changes.heard(true);
		assertThat(read("ann")).isEqualTo(1);
		assertThat(this.cache.get("ann", (kept) -> kept == 1, () -> Mono.fromSupplier(this.reads::incrementAndGet))
			.block()).isEqualTo(1);
		assertThat(this.cache.get("ann", (kept) -> kept == 7, () -> Mono.fromSupplier(this.reads::incrementAndGet))
			.block()).isEqualTo(2);
		// what was read last is what is kept
		assertThat(read("ann")).isEqualTo(2);
	}

	@Test
	void keepsValuesForAtMostItsNumberOfUsers() {
		UserCache<Integer> small = new UserCache<>(this.changes, 2);
		this.changes.heard(true);
		assertThat(small.get("ann", () -> Mono.fromSupplier(this.reads::incrementAndGet)).block()).isEqualTo(1);
		assertThat(small.get("bob", () -> Mono.fromSupplier(this.reads::incrementAndGet)).block()).isEqualTo(2);
		assertThat(small.get("ann", () -> Mono.fromSupplier(this.reads::incrementAndGet)).block()).isEqualTo(1);
		// a third user: the cache starts afresh with them
		assertThat(small.get("cid", () -> Mono.fromSupplier(this.reads::incrementAndGet)).block()).isEqualTo(3);
		assertThat(small.get("ann", () -> Mono.fromSupplier(this.reads::incrementAndGet)).block()).isEqualTo(4);
		assertThat(small.get("cid", () -> Mono.fromSupplier(this.reads::incrementAndGet)).block()).isEqualTo(3);
	}

	private Integer read(String user) {
		return this.cache.get(user, () -> Mono.fromSupplier(this.reads::incrementAndGet)).block();
	}

}
