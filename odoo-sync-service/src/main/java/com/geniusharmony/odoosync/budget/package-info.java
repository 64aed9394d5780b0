/**
 * The request budget to Odoo that every instance shares: a token bucket in Redis, a
 * conservative local limit while Redis is unreachable, and the global pause after Odoo
 * (or its proxy) answers 429.
 */
@NullMarked
package com.geniusharmony.odoosync.budget;

import org.jspecify.annotations.NullMarked;
