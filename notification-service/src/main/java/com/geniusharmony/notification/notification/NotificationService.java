package com.geniusharmony.notification.notification;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.geniusharmony.support.web.InvalidFieldsException;
import com.geniusharmony.support.web.ResourceNotFoundException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/**
 * Stores notifications once each and serves one user's notifications, written in the
 * reader's language; another user's notification is reported as not found.
 */
@Service
public class NotificationService {

	private static final String COUNTS = """
			select count(*) filter (where not is_read) as unread, count(*) filter (where seen_at is null) as unseen,
			    count(*) as total
			from notification where user_id = :userId and archived_at is null and snoozed_until is null
			""";

	/**
	 * Stores many notifications in one statement, one row per element of the arrays, in
	 * their order: none for a recipient who muted its type, none whose dedup key is
	 * stored already.
	 */
	private static final String INSERT = """
			insert into notification (user_id, type, params, task_id, project_id, dedup_key)
			select n.user_id, n.type, cast(n.params as jsonb), n.task_id, n.project_id, n.dedup_key
			from unnest(cast(:userIds as text[]), cast(:types as text[]), cast(:params as text[]),
			    cast(:taskIds as text[]), cast(:projectIds as text[]), cast(:dedupKeys as text[]))
			    with ordinality as n (user_id, type, params, task_id, project_id, dedup_key, position)
			where not exists (select 1 from notification_preference p
			    where p.user_id = n.user_id and n.type = any (p.muted_types))
			order by n.position
			on conflict (dedup_key) do nothing
			returning user_id, type
			""";

	private final NotificationRepository repository;

	private final DatabaseClient database;

	private final NotificationTexts texts;

	private final NotificationMetrics metrics;

	private final InboxChanges changes;

	// the bell asks for the counts on every page load: kept until the user's inbox
	// changes
	private final UserCache<InboxCounts> counts;

	// likewise the first page of the lists, read again each time the bell opens
	private final FirstPages<CountedPage> firstNumberedPages;

	private final FirstPages<InboxPage> firstInboxPages;

	NotificationService(NotificationRepository repository, DatabaseClient database, NotificationTexts texts,
			NotificationMetrics metrics, InboxChanges changes) {
		this.repository = repository;
		this.database = database;
		this.texts = texts;
		this.metrics = metrics;
		this.changes = changes;
		this.counts = new UserCache<>(changes);
		this.firstNumberedPages = new FirstPages<>(changes);
		this.firstInboxPages = new FirstPages<>(changes);
	}

	/**
	 * Stores a notification unless one with the same dedup key exists or its recipient
	 * muted its type.
	 * @param notification the notification
	 * @return whether it was stored (false for a duplicate or a muted type)
	 */
	public Mono<Boolean> create(NewNotification notification) {
		return create(List.of(notification)).map((stored) -> stored > 0);
	}

	/**
	 * Stores notifications in one statement, each unless one with the same dedup key
	 * exists or its recipient muted its type.
	 * @param notifications the notifications, stored in this order
	 * @return how many were stored
	 */
	public Mono<Long> create(List<NewNotification> notifications) {
		List<NewNotification> unique = notifications.stream()
			.collect(Collectors.toMap(NewNotification::dedupKey, Function.identity(), (first, again) -> first,
					LinkedHashMap::new))
			.values()
			.stream()
			.toList();
		if (unique.isEmpty()) {
			return Mono.just(0L);
		}
		return this.database.sql(INSERT)
			.bind("userIds", column(unique, NewNotification::userId))
			.bind("types", column(unique, (notification) -> notification.type().wireName()))
			.bind("params", column(unique, (notification) -> NotificationTexts.text(notification.params())))
			.bind("taskIds", column(unique, NewNotification::taskId))
			.bind("projectIds", column(unique, NewNotification::projectId))
			.bind("dedupKeys", column(unique, NewNotification::dedupKey))
			.map((row) -> new StoredFor(row.get("user_id", String.class),
					NotificationType.find(row.get("type", String.class)).orElseThrow()))
			.all()
			.doOnNext((stored) -> {
				this.metrics.created(stored.type(), 1);
				this.changes.changed(stored.userId());
			})
			.count();
	}

	private static String[] column(List<NewNotification> notifications,
			Function<NewNotification, @Nullable String> value) {
		return notifications.stream().map(value).toArray(String[]::new);
	}

	private record StoredFor(String userId, NotificationType type) {
	}

	/**
	 * Lists notifications newest first, by page number: the original API's lists and the
	 * administrators' view.
	 * @param filter which ones
	 * @param page the page, from 1
	 * @param pageSize notifications per page
	 * @param requestUri the URL of the request, for the links to the next and previous
	 * pages
	 * @param locale the reader's language
	 * @return the page
	 */
	public Mono<NotificationPage> search(NotificationFilter filter, int page, int pageSize, URI requestUri,
			Locale locale) {
		Mono<CountedPage> rows = (page == 1)
				? this.firstNumberedPages.get(filter, pageSize, locale, () -> read(filter, 1, pageSize, locale))
				: read(filter, page, pageSize, locale);
		return rows
			.map((read) -> new NotificationPage(read.count(), PageLinks.next(requestUri, page, pageSize, read.count()),
					PageLinks.previous(requestUri, page, pageSize, read.count()), read.results()));
	}

	private Mono<CountedPage> read(NotificationFilter filter, int page, int pageSize, Locale locale) {
		Conditions conditions = Conditions.of(filter);
		return conditions.statement(this.database, "select count(*) from notification" + conditions.where())
			.map((row) -> row.get(0, Long.class))
			.one()
			.flatMap((count) -> conditions
				.statement(this.database,
						"select " + Notification.COLUMNS + " from notification" + conditions.where()
								+ " order by created_at desc, id desc limit :limit offset :offset")
				.bind("limit", pageSize)
				.bind("offset", (long) (page - 1) * pageSize)
				.map(Notification::of)
				.all()
				.map((notification) -> NotificationResponse.of(notification, this.texts, locale))
				.collectList()
				.map((results) -> new CountedPage(count, List.copyOf(results))));
	}

	/**
	 * A page of the page-number list, before its links to the pages around it.
	 *
	 * @param count how many notifications the list holds
	 * @param results the page's
	 */
	private record CountedPage(long count, List<NotificationResponse> results) {

	}

	/**
	 * Lists one user's notifications newest first, by cursor: a page starts after the
	 * last one of the page before, so notifications stored meanwhile shift nothing.
	 * @param filter which ones, of one user
	 * @param cursor the {@code cursor} parameter, absent for the first page
	 * @param limit notifications per page
	 * @param locale the reader's language
	 * @return the page
	 */
	Mono<InboxPage> inbox(String userId, InboxView view, @Nullable Boolean isRead, @Nullable NotificationType type,
			@Nullable String cursor, int limit, Locale locale) {
		NotificationFilter filter = new NotificationFilter(userId, type, isRead, view);
		if (cursor == null) {
			return this.firstInboxPages.get(filter, limit, locale, () -> read(filter, null, limit, locale));
		}
		return read(filter, InboxCursor.decode(cursor), limit, locale);
	}

	private Mono<InboxPage> read(NotificationFilter filter, @Nullable InboxCursor after, int limit, Locale locale) {
		Conditions conditions = Conditions.of(filter);
		if (after != null) {
			// a row comparison in the index's order: the index (user_id, created_at desc,
			// id desc) starts right after the cursor and gives the rows in order
			conditions.add("(created_at, id) < (:createdAt, :id)")
				.bind("createdAt", after.createdAt())
				.bind("id", after.id());
		}
		// one more than the page tells whether there is a next page
		DatabaseClient.GenericExecuteSpec statement = conditions
			.statement(this.database,
					"select " + Notification.COLUMNS + " from notification" + conditions.where()
							+ " order by created_at desc, id desc limit :limit")
			.bind("limit", limit + 1);
		return statement.map(Notification::of)
			.all()
			.map((notification) -> NotificationResponse.of(notification, this.texts, locale))
			.collectList()
			.map((rows) -> (rows.size() > limit) ? new InboxPage(List.copyOf(rows.subList(0, limit)),
					InboxCursor.after(rows.get(limit - 1)).encode()) : new InboxPage(List.copyOf(rows), null));
	}

	Mono<CountResponse> unreadCount(String userId) {
		return counts(userId).map((counts) -> new CountResponse(counts.unread()));
	}

	// one statement, its row read by hand: the repository's projection and row mapping
	// cost
	// more CPU than the statement does in PostgreSQL
	Mono<InboxCounts> counts(String userId) {
		return this.counts.get(userId, () -> this.database.sql(COUNTS)
			.bind("userId", userId)
			.map((row) -> new InboxCounts(row.get(0, Long.class), row.get(1, Long.class), row.get(2, Long.class)))
			.one());
	}

	Mono<NotificationResponse> get(String id, String userId, Locale locale) {
		return find(id, userId).map((notification) -> NotificationResponse.of(notification, this.texts, locale));
	}

	/**
	 * One notification of any user, for administrators.
	 * @param id the notification's id
	 * @param locale the reader's language
	 * @return the notification, or a not-found error
	 */
	public Mono<NotificationResponse> getOfAnyUser(String id, Locale locale) {
		return found(id, this.repository::findById)
			.map((notification) -> NotificationResponse.of(notification, this.texts, locale));
	}

	/**
	 * Changes the state of one of a user's notifications.
	 * @param id the notification's id
	 * @param userId the user
	 * @param change the statement, given the id (a no-op if it is in that state already)
	 * @param locale the reader's language
	 * @return the notification as it is now, or a not-found error
	 */
	Mono<NotificationResponse> change(String id, String userId, Function<Long, Mono<Integer>> change, Locale locale) {
		return find(id, userId).flatMap((notification) -> change.apply(notification.id()))
			.doOnSuccess((updated) -> changed(userId, updated))
			.then(get(id, userId, locale));
	}

	Mono<NotificationResponse> markRead(String id, String userId, Locale locale) {
		return change(id, userId, (key) -> this.repository.markRead(key, userId), locale);
	}

	Mono<NotificationResponse> markUnread(String id, String userId, Locale locale) {
		return change(id, userId, (key) -> this.repository.markUnread(key, userId), locale);
	}

	Mono<NotificationResponse> markSeen(String id, String userId, Locale locale) {
		return change(id, userId, (key) -> this.repository.markSeen(key, userId), locale);
	}

	Mono<NotificationResponse> archive(String id, String userId, Locale locale) {
		return change(id, userId, (key) -> this.repository.archive(key, userId), locale);
	}

	Mono<NotificationResponse> unarchive(String id, String userId, Locale locale) {
		return change(id, userId, (key) -> this.repository.unarchive(key, userId), locale);
	}

	Mono<NotificationResponse> snooze(String id, String userId, Instant until, Locale locale) {
		return change(id, userId, (key) -> this.repository.snooze(key, userId, until), locale);
	}

	Mono<MarkedResponse> markAllRead(String userId) {
		return bulk(userId, BulkAction.MARK_READ, null, null).map(MarkedResponse::new);
	}

	/**
	 * Applies an action to the user's inbox notifications that match a filter.
	 * @param userId the user
	 * @param action the action
	 * @param type only this type, if given
	 * @param createdBefore only those stored before this instant, if given
	 * @return how many changed
	 */
	Mono<Integer> bulk(String userId, BulkAction action, @Nullable NotificationType type,
			@Nullable Instant createdBefore) {
		Conditions conditions = Conditions.of(new NotificationFilter(userId, type, null, InboxView.INBOX))
			.add(action.pending());
		if (createdBefore != null) {
			conditions.add("created_at < :createdBefore", "createdBefore", createdBefore);
		}
		DatabaseClient.GenericExecuteSpec statement = conditions.statement(this.database,
				"update notification set " + action.set() + ", state_txid = txid_current()" + conditions.where());
		return statement.fetch().rowsUpdated().map(Long::intValue).doOnSuccess((updated) -> changed(userId, updated));
	}

	/**
	 * Notes that a user changed if a statement updated anything: opening the bell marks
	 * everything seen, mostly nothing, and what is kept for the user stays.
	 */
	private void changed(String userId, @Nullable Integer updated) {
		if (updated != null && updated > 0) {
			this.changes.changed(userId);
		}
	}

	Mono<Integer> bulk(String userId, BulkRequest request) {
		return bulk(userId, BulkAction.of(request.action()), typeParameter(request.type()), request.createdBefore());
	}

	/**
	 * The type a {@code type} parameter or field names.
	 * @param name the type's name, or null
	 * @return the type, or null for null
	 * @throws InvalidFieldsException naming {@code type} if no type has this name
	 */
	static @Nullable NotificationType typeParameter(@Nullable String name) {
		if (name == null) {
			return null;
		}
		return NotificationType.find(name)
			.orElseThrow(() -> new InvalidFieldsException("type", "is not a notification type: " + name));
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

	/**
	 * Deletes a notification and marks its user changed.
	 * @param delete deletes the notification of a parsed id, naming its user if it did
	 */
	private Mono<Void> deleted(String id, Function<Long, Mono<String>> delete) {
		return parse(id).map(delete)
			.orElse(Mono.empty())
			.switchIfEmpty(Mono.error(() -> notFound(id)))
			.doOnNext(this.changes::changed)
			.then();
	}

	Mono<DeletedResponse> deleteAllRead(String userId) {
		return this.repository.deleteAllRead(userId)
			.doOnSuccess((deleted) -> this.changes.changed(userId))
			.map(DeletedResponse::new);
	}

	/**
	 * Deletes read notifications created before an instant, in batches, each its own
	 * statement so that no transaction grows with the backlog.
	 * @param cutoff the instant
	 * @param batchSize notifications per statement
	 * @return how many were deleted
	 */
	public Mono<Long> deleteReadCreatedBefore(Instant cutoff, int batchSize) {
		return inBatches(() -> this.repository.deleteReadCreatedBefore(cutoff, batchSize), batchSize);
	}

	/**
	 * Brings back the snoozed notifications whose time has come, unread, unseen and
	 * announced again on the live stream, in batches.
	 * @param now the time
	 * @param batchSize notifications per statement
	 * @return how many came back
	 */
	public Mono<Long> wakeSnoozed(Instant now, int batchSize) {
		return inBatches(() -> this.repository.wakeSnoozed(now, batchSize), batchSize);
	}

	private static Mono<Long> inBatches(Supplier<Mono<Integer>> batch, int batchSize) {
		return Mono.defer(batch)
			.repeat()
			.takeUntil((done) -> done < batchSize)
			.reduce(0L, (total, done) -> total + done);
	}

	private Mono<Notification> find(String id, String userId) {
		return found(id,
				(key) -> this.database
					.sql("select " + Notification.COLUMNS + " from notification where id = :id and user_id = :userId")
					.bind("id", key)
					.bind("userId", userId)
					.map(Notification::of)
					.one());
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
