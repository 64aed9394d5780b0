/**
 * The tokens the shipped configuration accepts.
 */
@NullMarked
package com.geniusharmony.deploy.tokens;

import org.jspecify.annotations.NullMarked;
