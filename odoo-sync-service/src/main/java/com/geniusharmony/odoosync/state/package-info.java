/**
 * The sync engine: the state store (the latest state of every user, project and task, and
 * how far Odoo has it), the batcher that drains it into Odoo with upserts by external id,
 * isolating the rows Odoo refuses, and the triggers, retries and metrics around it.
 */
@NullMarked
package com.geniusharmony.odoosync.sync;

import org.jspecify.annotations.NullMarked;
