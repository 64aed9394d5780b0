/**
 * Failures operators will meet — a service killed mid-flow, the broker, the database or
 * Redis restarted or gone, Odoo down, slow or refusing — with nothing lost and nothing
 * duplicated afterwards.
 */
@NullMarked
package com.geniusharmony.system.fault;

import org.jspecify.annotations.NullMarked;
