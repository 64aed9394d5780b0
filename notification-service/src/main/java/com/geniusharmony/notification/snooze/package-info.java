/**
 * Snoozes ending: each replica brings back, on a schedule, the snoozed notifications
 * whose time has come, unread and announced again on the live stream.
 */
@NullMarked
package com.geniusharmony.notification.snooze;

import org.jspecify.annotations.NullMarked;
