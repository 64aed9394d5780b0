package com.geniusharmony.notification.notification;

import java.util.Locale;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * The first page of a list as this replica last wrote it for each user, kept while
 * nothing of the user changed ({@link InboxChanges}): opening the bell again, a second
 * tab or a client that polls reads it without a statement. One page per user (the one
 * last asked for: same filter, size and language), for at most {@value #MAX_USERS} users,
 * so that what is kept stays within a few megabytes (a page of 20 is about 10 KB).
 *
 * @param <P> the pages
 */
final class FirstPages<P> {

	static final int MAX_USERS = 1_000;

	static final int MAX_SIZE = 20;

	private final UserCache<Kept<P>> pages;

	FirstPages(InboxChanges changes) {
		this.pages = new UserCache<>(changes, MAX_USERS);
	}

	/**
	 * The first page of a list: the kept one if it is current and fits, else a fresh
	 * read, kept for the next time. A list of no single user's, or of larger pages, is
	 * not kept.
	 * @param filter which notifications
	 * @param size notifications per page
	 * @param locale the reader's language
	 * @param read reads the page
	 * @return the page
	 */
	Mono<P> get(NotificationFilter filter, int size, Locale locale, Supplier<Mono<P>> read) {
		String userId = filter.userId();
		if (userId == null || size > MAX_SIZE) {
			return read.get();
		}
		PageKey key = new PageKey(filter, size, locale);
		return this.pages
			.get(userId, (kept) -> kept.key().equals(key), () -> read.get().map((page) -> new Kept<>(key, page)))
			.map(Kept::page);
	}

	private record PageKey(NotificationFilter filter, int size, Locale locale) {

	}

	private record Kept<P>(PageKey key, P page) {

	}

}
