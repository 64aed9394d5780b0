/**
 * Users: created by administrators, read and updated by themselves or an administrator,
 * deactivated instead of deleted; each change publishes its {@code user.*} event through
 * the outbox.
 */
@NullMarked
package com.geniusharmony.core.user;

import org.jspecify.annotations.NullMarked;
