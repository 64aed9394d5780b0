/**
 * Checks of the container image configuration of the root pom's {@code images} profile.
 */
@NullMarked
package com.geniusharmony.deploy.image;

import org.jspecify.annotations.NullMarked;
