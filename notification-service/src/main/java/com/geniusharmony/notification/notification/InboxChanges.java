package com.geniusharmony.notification.notification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Tells this replica's caches whether what they read of a user may have changed since: a
 * generation per user, moved on each change any replica commits (heard through the live
 * stream's listening connection) and on each change this replica makes (at once, so that
 * a user reads their own writes). While no connection listens, changes made elsewhere go
 * unheard, so nothing counts as current.
 */
@Component
public class InboxChanges {

	/**
	 * Past this many users changed since the last fresh start, everything starts afresh
	 * rather than growing: every user this replica ever heard of would otherwise stay.
	 */
	static final int MAX_USERS = 100_000;

	private final Map<String, Long> generations = new ConcurrentHashMap<>();

	private final AtomicLong epoch = new AtomicLong();

	private volatile boolean heard;

	/**
	 * Where a user stands now: take it before reading, keep it with what was read.
	 * @param userId the user
	 * @return the stamp
	 */
	Stamp stamp(String userId) {
		return new Stamp(this.epoch.get(), this.generations.getOrDefault(userId, 0L));
	}

	/**
	 * Whether nothing of a user changed since a stamp was taken.
	 * @param userId the user
	 * @param stamp the stamp
	 * @return whether what was read then is current
	 */
	boolean current(String userId, Stamp stamp) {
		return this.heard && stamp.equals(stamp(userId));
	}

	/**
	 * Notes that a user's notifications or preferences changed.
	 * @param userId the user
	 */
	public void changed(String userId) {
		if (this.generations.size() >= MAX_USERS) {
			// forgetting a user's generation could make an older value look current:
			// everything counts as changed instead
			this.epoch.incrementAndGet();
			this.generations.clear();
		}
		this.generations.merge(userId, 1L, Long::sum);
	}

	/**
	 * Notes whether changes are heard: everything read before counts as changed either
	 * way, since changes made meanwhile went unheard.
	 * @param heard whether a connection listens for changes
	 */
	public void heard(boolean heard) {
		this.heard = heard;
		this.epoch.incrementAndGet();
		this.generations.clear();
	}

	/**
	 * Where a user stood when something was read.
	 *
	 * @param epoch the generation of all users
	 * @param generation the user's generation
	 */
	record Stamp(long epoch, long generation) {

	}

}
