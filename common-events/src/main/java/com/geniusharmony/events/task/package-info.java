/**
 * Events of the task aggregate, published on {@code harmony.tasks}; each carries the
 * task's full state, assignees and deadline included.
 */
@NullMarked
package com.geniusharmony.events.task;

import org.jspecify.annotations.NullMarked;
