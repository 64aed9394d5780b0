/**
 * The notification-service: stores notifications and serves them to the frontend over
 * REST and a live stream.
 */
@NullMarked
package com.geniusharmony.notification;

import org.jspecify.annotations.NullMarked;
