/**
 * The operators' console in a real browser, against the running system.
 */
@NullMarked
package com.geniusharmony.system.console;

import org.jspecify.annotations.NullMarked;
