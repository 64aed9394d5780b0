/**
 * Work a service repeats in the background, one run at a time.
 */
@NullMarked
package com.geniusharmony.support.schedule;

import org.jspecify.annotations.NullMarked;
