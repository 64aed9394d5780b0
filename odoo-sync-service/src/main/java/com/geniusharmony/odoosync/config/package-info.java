/**
 * Settings no single feature owns: the Redis key prefix every feature's keys start with,
 * and the sync's settings ({@code HARMONY_SYNC_*}), which the state store, the mapping
 * and the drain read alike.
 */
@NullMarked
package com.geniusharmony.odoosync.config;

import org.jspecify.annotations.NullMarked;
