package com.geniusharmony.notification.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/**
 * The {@code notification} table; every query is scoped to one user. Lists are built with
 * criteria instead (see {@link NotificationService}).
 */
interface NotificationRepository extends ReactiveCrudRepository<Notification, Long> {

	@Modifying
	@Query("""
			insert into notification (user_id, type, title, message, task_id, project_id, dedup_key)
			values (:userId, :type, :title, :message, :taskId, :projectId, :dedupKey)
			on conflict (dedup_key) do nothing
			""")
	Mono<Integer> insertOnce(String userId, String type, String title, String message, @Nullable String taskId,
			@Nullable String projectId, String dedupKey);

	@Query("select count(*) from notification where user_id = :userId and not is_read")
	Mono<Long> countUnread(String userId);

	Mono<Notification> findByIdAndUserId(Long id, String userId);

	@Modifying
	@Query("update notification set is_read = true, read_at = now() where id = :id and user_id = :userId and not is_read")
	Mono<Integer> markRead(Long id, String userId);

	@Modifying
	@Query("update notification set is_read = true, read_at = now() where user_id = :userId and not is_read")
	Mono<Integer> markAllRead(String userId);

	@Modifying
	@Query("delete from notification where id = :id and user_id = :userId")
	Mono<Integer> deleteOwned(Long id, String userId);

	@Modifying
	@Query("delete from notification where id = :id")
	Mono<Integer> deleteAnyUsers(Long id);

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
