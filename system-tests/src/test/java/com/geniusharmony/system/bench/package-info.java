/**
 * Load drivers over the whole running system ({@code ./mvnw -pl system-tests -Pbench
 * verify}): figures to report, never assertions on timing.
 */
@NullMarked
package com.geniusharmony.system.bench;

import org.jspecify.annotations.NullMarked;
