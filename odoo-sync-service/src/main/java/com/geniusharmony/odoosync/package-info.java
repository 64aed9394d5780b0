/**
 * The odoo-sync-service: pushes users, projects and tasks into Odoo under a request
 * budget shared through Redis.
 */
@NullMarked
package com.geniusharmony.odoosync;

import org.jspecify.annotations.NullMarked;
