/**
 * The leadership lease in PostgreSQL: one replica holds it at a time, and the fencing
 * token it got with it guards every write that only the leader may make.
 */
@NullMarked
package com.geniusharmony.scheduler.lease;

import org.jspecify.annotations.NullMarked;
