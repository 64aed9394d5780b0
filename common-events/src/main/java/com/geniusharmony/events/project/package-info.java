/**
 * Events of the project aggregate, published on {@code harmony.projects}; each carries
 * the project's full state, members included.
 */
@NullMarked
package com.geniusharmony.events.project;

import org.jspecify.annotations.NullMarked;
