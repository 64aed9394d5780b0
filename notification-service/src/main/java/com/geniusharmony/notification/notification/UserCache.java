package com.geniusharmony.notification.notification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Values read for a user, kept while {@link InboxChanges} says nothing of the user
 * changed: a read that finds a current value costs no statement. One value per user, for
 * at most a given number of users: past it, the cache starts afresh rather than grow.
 *
 * @param <V> the values
 */
final class UserCache<V> {

	private final InboxChanges changes;

	private final int maxUsers;

	private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

	/**
	 * A cache for as many users as the changes follow.
	 * @param changes what changed
	 */
	UserCache(InboxChanges changes) {
		this(changes, InboxChanges.MAX_USERS);
	}

	UserCache(InboxChanges changes, int maxUsers) {
		this.changes = changes;
		this.maxUsers = Math.min(maxUsers, InboxChanges.MAX_USERS);
	}

	/**
	 * A user's value: the kept one if current, else a fresh read, kept with the stamp
	 * taken before it (a change during the read leaves it stale, and it is read again).
	 * @param userId the user
	 * @param read reads the value
	 * @return the value
	 */
	Mono<V> get(String userId, Supplier<Mono<V>> read) {
		return get(userId, (kept) -> true, read);
	}

	/**
	 * A user's value, as {@link #get(String, Supplier)}, where the kept one must also fit
	 * what is asked (a page of the same size, in the same language).
	 * @param userId the user
	 * @param fits whether the kept value answers what is asked
	 * @param read reads the value, which then replaces the kept one
	 * @return the value
	 */
	Mono<V> get(String userId, Predicate<V> fits, Supplier<Mono<V>> read) {
		Entry<V> kept = this.entries.get(userId);
		if (kept != null && fits.test(kept.value()) && this.changes.current(userId, kept.stamp())) {
			return Mono.just(kept.value());
		}
		InboxChanges.Stamp stamp = this.changes.stamp(userId);
		return read.get().doOnNext((value) -> {
			if (this.entries.size() >= this.maxUsers && !this.entries.containsKey(userId)) {
				this.entries.clear();
			}
			this.entries.put(userId, new Entry<>(stamp, value));
		});
	}

	private record Entry<V>(InboxChanges.Stamp stamp, V value) {

	}

}
