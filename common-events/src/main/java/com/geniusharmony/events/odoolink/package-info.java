/**
 * Events odoo-sync-service publishes on {@code harmony.odoo-links} to tell the other
 * services which Odoo record an entity was synced to.
 */
@NullMarked
package com.geniusharmony.events.odoolink;

import org.jspecify.annotations.NullMarked;
