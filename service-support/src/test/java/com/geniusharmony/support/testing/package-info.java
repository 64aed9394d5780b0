/**
 * Test contracts every service's tests reuse, published in this module's test jar.
 */
@NullMarked
package com.geniusharmony.support.testing;

import org.jspecify.annotations.NullMarked;
