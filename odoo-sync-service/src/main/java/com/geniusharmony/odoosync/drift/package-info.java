/**
 * The drift report ({@code GET /api/sync/drift}, administrators only): reads the users,
 * projects and tasks of core-service and the records the sync wrote to Odoo, and lists
 * what differs by the rules the sync writes with, telling changes still on their way from
 * real drift.
 */
@NullMarked
package com.geniusharmony.odoosync.drift;

import org.jspecify.annotations.NullMarked;
