package com.geniusharmony.notification.notification;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The counts of a user's inbox: the notifications neither archived nor snoozed.
 *
 * @param unread those not read
 * @param unseen those not seen yet (the bell's badge)
 * @param total all of them
 */
public record InboxCounts(@Schema(example = "5") long unread, @Schema(example = "2") long unseen,
		@Schema(example = "37") long total) {

}
