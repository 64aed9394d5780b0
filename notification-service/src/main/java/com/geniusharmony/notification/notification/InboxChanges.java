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

	/**
	 * Numbers every change and every fresh start: a user's stamp after a change is one no
	 * stamp of that user ever had before, so nothing read before it can look current.
	 */
	private final AtomicLong sequence = new AtomicLong();

	private volatile Generations generations = new Generations(this.sequence.incrementAndGet());

	private volatile boolean heard;

	/**
	 * Where a user stands now: take it before reading, keep it with what was read.
	 * @param userId the user
	 * @return the stamp
	 */
	Stamp stamp(String userId) {
		Generations now = this.generations;
		return new Stamp(now.ofUsers().getOrDefault(userId, now.start()));
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
		Generations noted;
		do {
			noted = this.generations;
			if (noted.ofUsers().size() >= MAX_USERS) {
				// forgetting a user's generation could make an older value look current:
				// everything counts as changed instead
				startAfresh();
				continue;
			}
			noted.ofUsers().put(userId, this.sequence.incrementAndGet());
		}
		// noted in generations a fresh start replaced meanwhile: note it again in the new
		// ones
		while (noted != this.generations);
	}

	/**
	 * Notes whether changes are heard: everything read before counts as changed either
	 * way, since changes made meanwhile went unheard.
	 * @param heard whether a connection listens for changes
	 */
	public void heard(boolean heard) {
		this.heard = heard;
		startAfresh();
	}

	/** Swapped as a whole, so that no stamp is taken from generations being cleared. */
	private void startAfresh() {
		this.generations = new Generations(this.sequence.incrementAndGet());
	}

	/**
	 * Where a user stood when something was read.
	 *
	 * @param generation the number of the user's last change, or of the last fresh start
	 */
	record Stamp(long generation) {

	}

	/**
	 * The users changed since a fresh start.
	 *
	 * @param start the number of the fresh start, every other user's generation
	 * @param ofUsers the number of each user's last change
	 */
	private record Generations(long start, Map<String, Long> ofUsers) {

		Generations(long start) {
			this(start, new ConcurrentHashMap<>());
		}

	}

}
