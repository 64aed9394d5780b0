/**
 * Turns assignment events from the tasks and projects topics into notifications, once per
 * event and recipient however often an event is delivered.
 */
@NullMarked
package com.geniusharmony.notification.intake;

import org.jspecify.annotations.NullMarked;
