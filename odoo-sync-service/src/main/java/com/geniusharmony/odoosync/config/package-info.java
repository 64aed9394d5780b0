/**
 * Settings no single feature owns, such as the Redis key prefix every feature's keys
 * start with.
 */
@NullMarked
package com.geniusharmony.odoosync.config;

import org.jspecify.annotations.NullMarked;
