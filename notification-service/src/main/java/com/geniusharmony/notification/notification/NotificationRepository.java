package com.geniusharmony.notification.notification;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/**
 * The {@code notification} table; every query is scoped to one user. Lists and bulk
 * actions are written by hand instead (see {@link Conditions}). Every change of a
 * notification's state stamps {@code state_txid}, which the live stream follows.
 */
interface NotificationRepository extends ReactiveCrudRepository<Notification, Long> {

	@Modifying
	@Query("""
			update notification set is_read = true, read_at = now(), seen_at = coalesce(seen_at, now()),
			    state_txid = txid_current()
			where id = :id and user_id = :userId and not is_read
			""")
	Mono<Integer> markRead(Long id, String userId);

	@Modifying
	@Query("""
			update notification set is_read = false, read_at = null, state_txid = txid_current()
			where id = :id and user_id = :userId and is_read
			""")
	Mono<Integer> markUnread(Long id, String userId);

	@Modifying
	@Query("""
			update notification set seen_at = now(), state_txid = txid_current()
			where id = :id and user_id = :userId and seen_at is null
			""")
	Mono<Integer> markSeen(Long id, String userId);

	@Modifying
	@Query("""
			update notification set archived_at = now(), state_txid = txid_current()
			where id = :id and user_id = :userId and archived_at is null
			""")
	Mono<Integer> archive(Long id, String userId);

	@Modifying
	@Query("""
			update notification set archived_at = null, state_txid = txid_current()
			where id = :id and user_id = :userId and archived_at is not null
			""")
	Mono<Integer> unarchive(Long id, String userId);

	@Modifying
	@Query("""
			update notification set snoozed_until = :until, state_txid = txid_current()
			where id = :id and user_id = :userId
			""")
	Mono<Integer> snooze(Long id, String userId, Instant until);

	// Back in the inbox as news: unread, unseen, and with a new txid, so that the live
	// stream announces it again. SKIP LOCKED: replicas waking at once share the rows.
	@Modifying
	@Query("""
			update notification set snoozed_until = null, is_read = false, read_at = null, seen_at = null,
			    txid = txid_current(), stream_xmin = txid_snapshot_xmin(txid_current_snapshot()),
			    state_txid = txid_current()
			where id in (select id from notification where snoozed_until <= :now
			    order by snoozed_until limit :limit for update skip locked)
			""")
	Mono<Integer> wakeSnoozed(Instant now, int limit);

	/** Deletes a user's notification, naming the user if one was deleted. */
	@Query("delete from notification where id = :id and user_id = :userId returning user_id")
	Mono<String> deleteOwned(Long id, String userId);

	/** Deletes a notification of any user, naming the user if one was deleted. */
	@Query("delete from notification where id = :id returning user_id")
	Mono<String> deleteAnyUsers(Long id);

	@Modifying
	@Query("delete from notification where user_id = :userId and is_read")
	Mono<Integer> deleteAllRead(String userId);

	// SKIP LOCKED: replicas running retention at once delete different rows instead of
	// waiting on each other
	@Modifying
	@Query("""
			delete from notification where id in (
			    select id from notification where is_read and created_at < :cutoff
			    order by created_at limit :limit for update skip locked)
			""")
	Mono<Integer> deleteReadCreatedBefore(Instant cutoff, int limit);

}
