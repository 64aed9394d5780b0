/**
 * The sync's state store, the {@code sync_entity} table: the latest state of every user,
 * project and task as intake records it, how far Odoo has it ({@code pending},
 * {@code synced}, {@code failed}, {@code parked}), the claims a drain takes on the due
 * entities and the outcomes it completes them with, and the counts and lag read from it.
 * Each write is one conditional statement, so that intake and the drains of every
 * instance can run at the same time.
 */
@NullMarked
package com.geniusharmony.odoosync.state;

import org.jspecify.annotations.NullMarked;
