/**
 * Which Odoo record each entity got, and the changes people make there: consumes
 * odoo-sync-service's link events (idempotently, by the link's version) and shows the
 * Odoo id and sync status on users, projects and tasks. Recording a link is not a change
 * of the entity: it neither raises the entity's version nor publishes an event. A change
 * made in Odoo is one: each feature applies it through its normal write path
 * ({@link com.geniusharmony.core.odoolink.OdooChangeApplier}), field by field while the
 * platform still has what Odoo compared with, once per change version.
 */
@NullMarked
package com.geniusharmony.core.odoolink;

import org.jspecify.annotations.NullMarked;
