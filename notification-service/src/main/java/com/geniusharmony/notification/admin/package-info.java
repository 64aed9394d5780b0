/**
 * The administrators' view of every user's notifications, filterable by user, type and
 * read state: what the Django admin showed.
 */
@NullMarked
package com.geniusharmony.notification.admin;

import org.jspecify.annotations.NullMarked;
