package com.geniusharmony.notification.notification;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One action on every notification of the caller's inbox that a filter matches; without a
 * filter, on all of them.
 *
 * @param action {@code mark_seen} (opening the bell), {@code mark_read} or
 * {@code archive}
 * @param type only the notifications of this type
 * @param createdBefore only the notifications stored before this instant
 */
record BulkRequest(@Schema(example = "mark_seen", allowableValues = {
		"mark_seen", "mark_read", "archive" }) @NotNull @Pattern(regexp = BulkAction.PATTERN,
				message = "must be one of mark_seen, mark_read, archive") String action,
		@Schema(example = "deadline_3days") @Nullable String type, @Nullable Instant createdBefore){

}
