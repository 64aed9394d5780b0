/**
 * Wiring no feature owns: how the API describes itself in its OpenAPI document.
 */
@NullMarked
package com.geniusharmony.core.config;

import org.jspecify.annotations.NullMarked;
