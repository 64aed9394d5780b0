package com.geniusharmony.events.json;

import com.geniusharmony.events.EventType;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserDeactivated;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.events.user.UserUpdated;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code data} of user events, v1: {@code {"user": {...}}}.
 */
final class UserFormats {

	private UserFormats() {
	}

	static void register(PayloadFormats.Builder formats) {
		formats.current(EventType.USER_CREATED, 1, UserCreated.class, (event, data) -> write(event.user(), data),
				(data) -> new UserCreated(read(data)));
		formats.current(EventType.USER_UPDATED, 1, UserUpdated.class, (event, data) -> write(event.user(), data),
				(data) -> new UserUpdated(read(data)));
		formats.current(EventType.USER_DEACTIVATED, 1, UserDeactivated.class,
				(event, data) -> write(event.user(), data), (data) -> new UserDeactivated(read(data)));
	}

	private static void write(UserState user, ObjectNode data) {
		ObjectNode node = data.putObject("user");
		node.put("id", user.id());
		node.put("username", user.username());
		node.put("email", user.email());
		node.put("first_name", user.firstName());
		node.put("last_name", user.lastName());
		node.put("active", user.active());
	}

	private static UserState read(Fields data) {
		Fields user = data.object("user");
		return new UserState(user.nonEmptyText("id"), user.nonEmptyText("username"), user.text("email"),
				user.text("first_name"), user.text("last_name"), user.bool("active"));
	}

}
