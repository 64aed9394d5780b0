/**
 * The example inbox page of frontend/ in a real browser, against the running system.
 */
@NullMarked
package com.geniusharmony.system.inbox;

import org.jspecify.annotations.NullMarked;
