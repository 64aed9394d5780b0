/**
 * The operators' console: a page served from {@code /console/} that an administrator
 * signs in to, built on the services' own APIs (the sync's status, failures, drift and
 * actions; every user's notifications; the scheduler's state and manual ticks). The page
 * learns where the other services answer from {@code /console/config.json}; those
 * services must allow this service's origin ({@code HARMONY_CORS_ALLOWED_ORIGINS}).
 */
@NullMarked
package com.geniusharmony.notification.console;

import org.jspecify.annotations.NullMarked;
