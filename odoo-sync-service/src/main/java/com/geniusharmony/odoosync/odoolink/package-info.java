/**
 * Tells the other services which Odoo record each entity got: every sync raises the
 * entity's link version, and the link goes through the outbox to the odoo-links topic
 * (keyed by {@code <kind>:<id>}, the link version as aggregate version).
 */
@NullMarked
package com.geniusharmony.odoosync.odoolink;

import org.jspecify.annotations.NullMarked;
