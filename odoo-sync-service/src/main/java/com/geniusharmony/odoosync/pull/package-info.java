/**
 * Changes made in Odoo coming back (ADR 0016): the poller reads the records changed since
 * its cursor, compares them with what Odoo and the platform last agreed on, and hands the
 * changes to core-service as {@code odoo.record_changed} events; a signed webhook asks
 * for a poll now.
 */
@NullMarked
package com.geniusharmony.odoosync.pull;

import org.jspecify.annotations.NullMarked;
