/**
 * Tasks of projects, with assignees and deadlines: visible to administrators, to the
 * project's owner and members, and to their assignees. Each change publishes its
 * {@code task.*} events through the outbox; many concurrent changes of one task get
 * strictly increasing versions (optimistic locking, retried).
 */
@NullMarked
package com.geniusharmony.core.task;

import org.jspecify.annotations.NullMarked;
