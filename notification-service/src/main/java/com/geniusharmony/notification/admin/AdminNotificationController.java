package com.geniusharmony.notification.admin;

import com.geniusharmony.notification.notification.Languages;
import com.geniusharmony.notification.notification.NotificationFilter;
import com.geniusharmony.notification.notification.NotificationPage;
import com.geniusharmony.notification.notification.NotificationResponse;
import com.geniusharmony.notification.notification.NotificationService;
import com.geniusharmony.notification.notification.NotificationType;
import com.geniusharmony.support.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the Django admin gave: every user's notifications, newest first, paged like the
 * caller's own list and searchable by user, type and read state; one of them; deleting
 * one. Administrators only (403 for anyone else).
 */
@RestController
@RequestMapping("/api/admin/notifications")
class AdminNotificationController {

	/** Every type's wire name, as a pattern; a test keeps it in step with the enum. */
	static final String TYPES = "deadline_3days|deadline_1day|deadline_today|deadline_overdue|task_assigned|project_assigned|deadline_digest";

	private final NotificationService notifications;

	private final Languages languages;

	AdminNotificationController(NotificationService notifications, Languages languages) {
		this.notifications = notifications;
		this.languages = languages;
	}

	@GetMapping({ "", "/" })
	Mono<NotificationPage> list(@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(name = "page_size", defaultValue = "20") @Min(1) @Max(100) int pageSize,
			@RequestParam(name = "user_id", required = false) @Size(min = 1, max = 200) @Nullable String userId,
			@RequestParam(required = false) @Pattern(regexp = TYPES,
					message = "must be one of " + TYPES) @Nullable String type,
			@RequestParam(name = "is_read", required = false) @Pattern(regexp = "true|false",
					message = "must be true or false") @Nullable String isRead,
			CurrentUser caller, ServerHttpRequest request) {
		caller.requireAdmin("list every user's notifications");
		NotificationFilter filter = new NotificationFilter(userId,
				(type != null) ? NotificationType.fromWireName(type) : null,
				(isRead != null) ? Boolean.valueOf(isRead) : null, null);
		return this.languages.of(caller)
			.flatMap((locale) -> this.notifications.search(filter, page, pageSize, request.getURI(), locale));
	}

	@GetMapping({ "/{id}", "/{id}/" })
	Mono<NotificationResponse> get(@PathVariable String id, CurrentUser caller) {
		caller.requireAdmin("read another user's notification");
		return this.languages.of(caller).flatMap((locale) -> this.notifications.getOfAnyUser(id, locale));
	}

	@DeleteMapping({ "/{id}", "/{id}/" })
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(@PathVariable String id, CurrentUser caller) {
		caller.requireAdmin("delete another user's notification");
		return this.notifications.deleteOfAnyUser(id);
	}

}
