package com.geniusharmony.notification.notification;

import com.geniusharmony.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/notifications}: the caller's notifications, each path with and without the
 * trailing slash the existing frontend uses. The seven paths of the original API keep
 * their behaviour; the inbox's states, counts, cursor pages, bulk actions and preferences
 * come beside them.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

	private static final String VIEW_MESSAGE = "must be one of inbox, archived, snoozed";

	private final NotificationService notifications;

	private final NotificationPreferences preferences;

	private final Languages languages;

	NotificationController(NotificationService notifications, NotificationPreferences preferences,
			Languages languages) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.languages = languages;
	}

	@Operation(summary = "The caller's notifications by page number, newest first")
	@GetMapping({ "", "/" })
	Mono<NotificationPage> list(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(name = "page_size", defaultValue = "20") @Min(1) @Max(100) int pageSize,
			@RequestParam(name = "is_read", required = false) @Pattern(regexp = "true|false",
					message = "must be true or false") @Nullable String isRead,
			@RequestParam(defaultValue = "inbox") @Pattern(regexp = InboxView.PATTERN,
					message = VIEW_MESSAGE) String view,
			CurrentUser caller, ServerHttpRequest request) {
		NotificationFilter filter = new NotificationFilter(caller.id(), null, readFilter(isRead), InboxView.of(view));
		return this.languages.of(caller)
			.flatMap((locale) -> this.notifications.search(filter, page, pageSize, request.getURI(), locale));
	}

	@Operation(summary = "The caller's notifications by cursor, newest first",
			description = "Pass the next_cursor of a page as cursor to get the next; notifications arriving meanwhile shift nothing.")
	@GetMapping({ "/inbox", "/inbox/" })
	Mono<InboxPage> inbox(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(name = "is_read", required = false) @Pattern(regexp = "true|false",
					message = "must be true or false") @Nullable String isRead,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(defaultValue = "inbox") @Pattern(regexp = InboxView.PATTERN,
					message = VIEW_MESSAGE) String view,
			CurrentUser caller) {
		NotificationType typeFilter = NotificationService.typeParameter(type);
		return this.languages.of(caller)
			.flatMap((locale) -> this.notifications.inbox(caller.id(), InboxView.of(view), readFilter(isRead),
					typeFilter, cursor, limit, locale));
	}

	@Operation(summary = "The caller's unread notifications in the inbox")
	@GetMapping({ "/unread-count", "/unread-count/" })
	Mono<CountResponse> unreadCount(CurrentUser caller) {
		return this.notifications.unreadCount(caller.id());
	}

	@Operation(summary = "Unread, unseen (the bell's badge) and all notifications of the inbox",
			description = "The inbox is what is neither archived nor snoozed.")
	@GetMapping({ "/counts", "/counts/" })
	Mono<InboxCounts> counts(CurrentUser caller) {
		return this.notifications.counts(caller.id());
	}

	@Operation(summary = "One of the caller's notifications")
	@GetMapping({ "/{id}", "/{id}/" })
	Mono<NotificationResponse> get(@PathVariable String id, CurrentUser caller) {
		return this.languages.of(caller).flatMap((locale) -> this.notifications.get(id, caller.id(), locale));
	}

	@Operation(summary = "Marks a notification read (and seen)")
	@PostMapping({ "/{id}/mark-read", "/{id}/mark-read/" })
	Mono<NotificationResponse> markRead(@PathVariable String id, CurrentUser caller) {
		return this.languages.of(caller).flatMap((locale) -> this.notifications.markRead(id, caller.id(), locale));
	}

	@Operation(summary = "Marks a notification unread again")
	@PostMapping({ "/{id}/mark-unread", "/{id}/mark-unread/" })
	Mono<NotificationResponse> markUnread(@PathVariable String id, CurrentUser caller) {
		return this.languages.of(caller).flatMap((locale) -> this.notifications.markUnread(id, caller.id(), locale));
	}

	@Operation(summary = "Marks a notification seen")
	@PostMapping({ "/{id}/mark-seen", "/{id}/mark-seen/" })
	Mono<NotificationResponse> markSeen(@PathVariable String id, CurrentUser caller) {
		return this.languages.of(caller).flatMap((locale) -> this.notifications.markSeen(id, caller.id(), locale));
	}

	@Operation(summary = "Archives a notification: out of the inbox, listed with view=archived")
	@PostMapping({ "/{id}/archive", "/{id}/archive/" })
	Mono<NotificationResponse> archive(@PathVariable String id, CurrentUser caller) {
		return this.languages.of(caller).flatMap((locale) -> this.notifications.archive(id, caller.id(), locale));
	}

	@Operation(summary = "Brings an archived notification back to the inbox")
	@PostMapping({ "/{id}/unarchive", "/{id}/unarchive/" })
	Mono<NotificationResponse> unarchive(@PathVariable String id, CurrentUser caller) {
		return this.languages.of(caller).flatMap((locale) -> this.notifications.unarchive(id, caller.id(), locale));
	}

	@Operation(summary = "Snoozes a notification until a time in the future",
			description = "It is out of the inbox (listed with view=snoozed) until then, then comes back unread and is announced again on the live stream.")
	@PostMapping({ "/{id}/snooze", "/{id}/snooze/" })
	Mono<NotificationResponse> snooze(@PathVariable String id, @Valid @RequestBody SnoozeRequest request,
			CurrentUser caller) {
		return this.languages.of(caller)
			.flatMap((locale) -> this.notifications.snooze(id, caller.id(), request.until(), locale));
	}

	@Operation(summary = "Marks every notification of the inbox read")
	@PostMapping({ "/mark-all-read", "/mark-all-read/" })
	Mono<MarkedResponse> markAllRead(CurrentUser caller) {
		return this.notifications.markAllRead(caller.id());
	}

	@Operation(summary = "Marks seen, marks read or archives the inbox's notifications a filter matches",
			description = "Without type nor created_before, all of them. Opening the bell is mark_seen for all.")
	@PostMapping({ "/bulk", "/bulk/" })
	Mono<BulkResponse> bulk(@Valid @RequestBody BulkRequest request, CurrentUser caller) {
		return this.notifications.bulk(caller.id(), request).map(BulkResponse::new);
	}

	@Operation(summary = "Deletes a notification")
	@DeleteMapping({ "/{id}", "/{id}/" })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(@PathVariable String id, CurrentUser caller) {
		return this.notifications.delete(id, caller.id());
	}

	@Operation(summary = "Deletes every read notification")
	@DeleteMapping({ "/delete-all-read", "/delete-all-read/" })
	Mono<DeletedResponse> deleteAllRead(CurrentUser caller) {
		return this.notifications.deleteAllRead(caller.id());
	}

	@Operation(summary = "The caller's preferences",
			description = "Muted types, the daily deadline digest, the language. deadline_overdue and deadline_digest cannot be muted.")
	@GetMapping({ "/preferences", "/preferences/" })
	Mono<PreferencesResponse> preferences(CurrentUser caller) {
		return this.preferences.of(caller.id());
	}

	@Operation(summary = "Replaces the caller's preferences",
			description = "What is left out takes its default. An unknown or unmutable type (deadline_overdue, deadline_digest) or a language other than en and fr is a 400 naming the field.")
	@PutMapping({ "/preferences", "/preferences/" })
	Mono<PreferencesResponse> replacePreferences(@Valid @RequestBody PreferencesRequest request, CurrentUser caller) {
		return this.preferences.replace(caller.id(), request);
	}

	private static @Nullable Boolean readFilter(@Nullable String isRead) {
		return (isRead != null) ? Boolean.valueOf(isRead) : null;
	}

}
