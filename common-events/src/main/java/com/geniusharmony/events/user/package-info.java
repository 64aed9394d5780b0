/**
 * Events of the user aggregate, published on {@code harmony.users}; each carries the
 * user's full state, never a password.
 */
@NullMarked
package com.geniusharmony.events.user;

import org.jspecify.annotations.NullMarked;
