package com.geniusharmony.notification.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A user's choices.
 *
 * @param mutedTypes the types the user does not receive
 * @param deadlineDigest whether the deadline reminders come as one daily digest
 * @param language the language the user chose, if any
 * @param unmutableTypes the types no one can mute
 */
record PreferencesResponse(@Schema(example = "[\"project_assigned\"]") List<String> mutedTypes, boolean deadlineDigest,
		@Schema(example = "fr") @Nullable String language,
		@Schema(example = "[\"deadline_overdue\", \"deadline_digest\"]") List<String> unmutableTypes) {

	PreferencesResponse(List<String> mutedTypes, boolean deadlineDigest, @Nullable String language) {
		this(mutedTypes, deadlineDigest, language,
				NotificationType.UNMUTABLE.stream().map(NotificationType::wireName).toList());
	}

}
