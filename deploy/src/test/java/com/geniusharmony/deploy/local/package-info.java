/**
 * Checks of the local stack scripts of deploy/local.
 */
@NullMarked
package com.geniusharmony.deploy.local;

import org.jspecify.annotations.NullMarked;
