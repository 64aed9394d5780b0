package com.geniusharmony.system.api;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import com.geniusharmony.system.harness.ServiceNode;

/**
 * notification-service's REST API, as the frontend calls it.
 */
public final class NotificationApi {

	private final ServiceNode notifications;

	public NotificationApi(ServiceNode notifications) {
		this.notifications = notifications;
	}

	/**
	 * The caller's notifications, newest first, every page.
	 * @param token the caller's token
	 * @return the notifications
	 */
	public List<JsonNode> mine(String token) {
		return mine(token, "inbox");
	}

	/**
	 * The caller's notifications in one view, newest first, every page.
	 * @param token the caller's token
	 * @param view {@code inbox}, {@code archived} or {@code snoozed}
	 * @return the notifications
	 */
	public List<JsonNode> mine(String token, String view) {
		List<JsonNode> all = new ArrayList<>();
		for (int page = 1;; page++) {
			JsonNode body = HttpJson
				.get(this.notifications.uri("/api/notifications/?page=" + page + "&page_size=100&view=" + view), token)
				.expect(200);
			body.get("results").forEach(all::add);
			if (body.get("next").isNull()) {
				return all;
			}
		}
	}

	/**
	 * Marks one of the caller's notifications read.
	 * @param token the caller's token
	 * @param id the notification's id
	 */
	public void markRead(String token, String id) {
		HttpJson.post(this.notifications.uri("/api/notifications/" + id + "/mark-read/"), token, null).expect(200);
	}

	/**
	 * The counts of the caller's inbox.
	 * @param token the caller's token
	 * @return {@code unread}, {@code unseen} and {@code total}
	 */
	public JsonNode counts(String token) {
		return HttpJson.get(this.notifications.uri("/api/notifications/counts/"), token).expect(200);
	}

	public int unreadCount(String token) {
		return HttpJson.get(this.notifications.uri("/api/notifications/unread-count/"), token)
			.expect(200)
			.get("count")
			.asInt();
	}

}
