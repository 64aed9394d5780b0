/**
 * Projects and their members: administrators manage every project, owners manage theirs,
 * members see them; archiving replaces deletion. Each change publishes its
 * {@code project.*} events through the outbox.
 */
@NullMarked
package com.geniusharmony.core.project;

import org.jspecify.annotations.NullMarked;
