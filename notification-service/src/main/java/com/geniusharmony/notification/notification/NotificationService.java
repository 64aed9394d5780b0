package com.geniusharmony.notification.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import com.geniusharmony.support.web.ResourceNotFoundException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Stores notifications once each and serves one user's notifications; another user's
 * notification is reported as not found.
 */
@Service
public class NotificationService {

	private final NotificationRepository repository;

	private final R2dbcEntityTemplate template;

	private final NotificationMetrics metrics;

	NotificationService(NotificationRepository repository, R2dbcEntityTemplate template, NotificationMetrics metrics) {
		this.repository = repository;
		this.template = template;
		this.metrics = metrics;
	}

	/**
	 * Stores a notification unless one with the same dedup key exists.
	 * @param notification the notification
	 * @return whether it was stored (false for a duplicate)
	 */
	public Mono<Boolean> create(NewNotification notification) {
		return this.repository
			.insertOnce(notification.userId(), notification.type().wireName(), notification.title(),
					notification.message(), notification.taskId(), notification.projectId(), notification.dedupKey())
			.map((inserted) -> inserted > 0)
			.doOnNext((stored) -> this.metrics.created(notification.type(), stored ? 1 : 0));
	}

	Mono<NotificationPage> list(String userId, @Nullable Boolean isRead, int page, int pageSize, URI requestUri) {
		return search(new NotificationFilter(userId, null, isRead), page, pageSize, requestUri);
	}

	/**
	 * Lists everyone's notifications, newest first: the administrators' view.
	 * @param filter which ones
	 * @param page the page, from 1
	 * @param pageSize notifications per page
	 * @param requestUri the URL of the request, for the links to the next and previous
	 * pages
	 * @return the page
	 */
	public Mono<NotificationPage> search(NotificationFilter filter, int page, int pageSize, URI requestUri) {
		Criteria criteria = Criteria.empty();
		if (filter.userId() != null) {
			criteria = criteria.and("userId").is(filter.userId());
		}
		if (filter.type() != null) {
			criteria = criteria.and("type").is(filter.type().wireName());
		}
		if (filter.isRead() != null) {
			criteria = criteria.and("isRead").is(filter.isRead());
		}
		Query matching = Query.query(criteria);
		Query pageQuery = matching.sort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))
			.limit(pageSize)
			.offset((long) (page - 1) * pageSize);
		return this.template.count(matching, Notification.class)
			.flatMap((count) -> this.template.select(pageQuery, Notification.class)
				.map(NotificationResponse::of)
				.collectList()
				.map((results) -> new NotificationPage(count, PageLinks.next(requestUri, page, pageSize, count),
						PageLinks.previous(requestUri, page, pageSize, count), results)));
	}

	Mono<CountResponse> unreadCount(String userId) {
		return this.repository.countUnread(userId).map(CountResponse::new);
	}

	Mono<NotificationResponse> get(String id, String userId) {
		return find(id, userId).map(NotificationResponse::of);
	}

	/**
	 * One notification of any user, for administrators.
	 * @param id the notification's id
	 * @return the notification, or a not-found error
	 */
	public Mono<NotificationResponse> getOfAnyUser(String id) {
		return found(id, this.repository::findById).map(NotificationResponse::of);
	}

	Mono<NotificationResponse> markRead(String id, String userId) {
		return find(id, userId).flatMap((notification) -> this.repository.markRead(notification.id(), userId))
			.then(find(id, userId))
			.map(NotificationResponse::of);
	}

	Mono<MarkedResponse> markAllRead(String userId) {
		return this.repository.markAllRead(userId).map(MarkedResponse::new);
	}

	Mono<Void> delete(String id, String userId) {
		return deleted(id, (key) -> this.repository.deleteOwned(key, userId));
	}

	/**
	 * Deletes one notification of any user, for administrators.
	 * @param id the notification's id
	 * @return done, or a not-found error
	 */
	public Mono<Void> deleteOfAnyUser(String id) {
		return deleted(id, this.repository::deleteAnyUsers);
	}

	private static Mono<Void> deleted(String id, Function<Long, Mono<Integer>> delete) {
		return parse(id).map(delete)
			.orElse(Mono.just(0))
			.flatMap((deleted) -> (deleted > 0) ? Mono.<Void>empty() : Mono.error(notFound(id)));
	}

	Mono<DeletedResponse> deleteAllRead(String userId) {
		return this.repository.deleteAllRead(userId).map(DeletedResponse::new);
	}

	/**
	 * Deletes read notifications created before an instant, in batches, each its own
	 * statement so that no transaction grows with the backlog.
	 * @param cutoff the instant
	 * @param batchSize notifications per statement
	 * @return how many were deleted
	 */
	public Mono<Long> deleteReadCreatedBefore(Instant cutoff, int batchSize) {
		return Mono.defer(() -> this.repository.deleteReadCreatedBefore(cutoff, batchSize))
			.repeat()
			.takeUntil((deleted) -> deleted < batchSize)
			.reduce(0L, (total, deleted) -> total + deleted);
	}

	private Mono<Notification> find(String id, String userId) {
		return found(id, (key) -> this.repository.findByIdAndUserId(key, userId));
	}

	private static Mono<Notification> found(String id, Function<Long, Mono<Notification>> find) {
		return parse(id).map(find).orElse(Mono.empty()).switchIfEmpty(Mono.error(() -> notFound(id)));
	}

	private static Optional<Long> parse(String id) {
		try {
			return Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			// an id that cannot exist is as absent as one that does not
			return Optional.empty();
		}
	}

	private static ResourceNotFoundException notFound(String id) {
		return new ResourceNotFoundException("notification", id);
	}

}
