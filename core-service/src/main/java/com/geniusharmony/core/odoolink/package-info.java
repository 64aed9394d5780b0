/**
 * Which Odoo record each entity got: consumes odoo-sync-service's link events
 * (idempotently, by the link's version) and shows the Odoo id and sync status on users,
 * projects and tasks. Recording a link is not a change of the entity: it neither raises
 * the entity's version nor publishes an event.
 */
@NullMarked
package com.geniusharmony.core.odoolink;

import org.jspecify.annotations.NullMarked;
