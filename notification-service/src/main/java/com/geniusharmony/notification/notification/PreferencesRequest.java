package com.geniusharmony.notification.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A user's choices, replacing the previous ones: what is left out takes its default.
 *
 * @param mutedTypes the types the user does not want to receive (not
 * {@code deadline_overdue} nor {@code deadline_digest}); none by default
 * @param deadlineDigest whether the deadline reminders come as one daily digest instead
 * of one notification each; false by default
 * @param language the language of the user's notifications ({@code en} or {@code fr}),
 * used when the token names none; the service's default when absent
 */
record PreferencesRequest(
		@Schema(description = "The types the user does not want to receive; deadline_overdue and "
				+ "deadline_digest cannot be muted. None when left out.",
				example = "[\"project_assigned\"]") @Nullable List<String> mutedTypes,
		@Schema(description = "Whether the deadline reminders come as one daily digest (deadline_digest) instead of one "
				+ "notification each. False when left out.") @Nullable Boolean deadlineDigest,
		@Schema(description = "The language of the user's notifications, en or fr, used when the token's locale claim "
				+ "names none. The service's default when left out.", example = "fr") @Nullable String language) {

}
