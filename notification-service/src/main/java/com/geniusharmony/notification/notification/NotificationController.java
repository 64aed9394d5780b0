package com.geniusharmony.notification.notification;

import com.geniusharmony.support.security.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/notifications}: the caller's notifications, each path with and without the
 * trailing slash the existing frontend uses.
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping({ "", "/" })
	Mono<NotificationPage> list(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(name = "page_size", defaultValue = "20") @Min(1) @Max(100) int pageSize,
			@RequestParam(name = "is_read", required = false) @Pattern(regexp = "true|false",
					message = "must be true or false") @Nullable String isRead,
			CurrentUser caller, ServerHttpRequest request) {
		Boolean filter = (isRead != null) ? Boolean.valueOf(isRead) : null;
		return this.notifications.list(caller.id(), filter, page, pageSize, request.getURI());
	}

	@GetMapping({ "/unread-count", "/unread-count/" })
	Mono<CountResponse> unreadCount(CurrentUser caller) {
		return this.notifications.unreadCount(caller.id());
	}

	@GetMapping({ "/{id}", "/{id}/" })
	Mono<NotificationResponse> get(@PathVariable String id, CurrentUser caller) {
		return this.notifications.get(id, caller.id());
	}

	@PostMapping({ "/{id}/mark-read", "/{id}/mark-read/" })
	Mono<NotificationResponse> markRead(@PathVariable String id, CurrentUser caller) {
		return this.notifications.markRead(id, caller.id());
	}

	@PostMapping({ "/mark-all-read", "/mark-all-read/" })
	Mono<MarkedResponse> markAllRead(CurrentUser caller) {
		return this.notifications.markAllRead(caller.id());
	}

	@DeleteMapping({ "/{id}", "/{id}/" })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(@PathVariable String id, CurrentUser caller) {
		return this.notifications.delete(id, caller.id());
	}

	@DeleteMapping({ "/delete-all-read", "/delete-all-read/" })
	Mono<DeletedResponse> deleteAllRead(CurrentUser caller) {
		return this.notifications.deleteAllRead(caller.id());
	}

}
