/**
 * Tells the other services which Odoo record each entity got: every sync raises the
 * entity's link version, and the link is published on the odoo-links topic (keyed by
 * {@code <kind>:<id>}) until the broker acknowledged that version.
 */
@NullMarked
package com.geniusharmony.odoosync.link;

import org.jspecify.annotations.NullMarked;
