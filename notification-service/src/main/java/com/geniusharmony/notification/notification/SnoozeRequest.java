package com.geniusharmony.notification.notification;

import java.time.Instant;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;

/**
 * Hides a notification until a time; it then comes back unread.
 *
 * @param until when it comes back, in the future
 */
record SnoozeRequest(@NotNull @Future Instant until) {

}
