/**
 * The drain: a few at a time in each instance (one batch in flight each), it claims
 * batches of due users, then projects, then tasks, writes each batch to Odoo in one
 * {@code load} (isolating the rows Odoo refuses, deleting deleted tasks where configured
 * to), records the outcomes and publishes the links, and stops, leaving the entities
 * pending, while Odoo cannot be used. Also the sync's metrics.
 */
@NullMarked
package com.geniusharmony.odoosync.batch;

import org.jspecify.annotations.NullMarked;
