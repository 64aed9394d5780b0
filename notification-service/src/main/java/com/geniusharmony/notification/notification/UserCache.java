package com.geniusharmony.notification.notification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Values read for a user, kept while {@link InboxChanges} says nothing of the user
 * changed: a read that finds a current value costs no statement.
 *
 * @param <V> the values
 */
final class UserCache<V> {

	private final InboxChanges changes;

	private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

	UserCache(InboxChanges changes) {
		this.changes = changes;
	}

	/**
	 * A user's value: the kept one if current, else a fresh read, kept with the stamp
	 * taken before it (a change during the read leaves it stale, and it is read again).
	 * @param userId the user
	 * @param read reads the value
	 * @return the value
	 */
	Mono<V> get(String userId, Supplier<Mono<V>> read) {
		Entry<V> kept = this.entries.get(userId);
		if (kept != null && this.changes.current(userId, kept.stamp())) {
			return Mono.just(kept.value());
		}
		InboxChanges.Stamp stamp = this.changes.stamp(userId);
		return read.get().doOnNext((value) -> {
			// past as many users as the changes follow, start afresh rather than grow
			if (this.entries.size() >= InboxChanges.MAX_USERS) {
				this.entries.clear();
			}
			this.entries.put(userId, new Entry<>(stamp, value));
		});
	}

	private record Entry<V>(InboxChanges.Stamp stamp, V value) {

	}

}
