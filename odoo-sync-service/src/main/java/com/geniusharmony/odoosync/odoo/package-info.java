/**
 * Talking to Odoo: the {@link com.geniusharmony.odoosync.odoo.OdooClient} contract, its
 * JSON-RPC and JSON-2 implementations, Odoo's errors as typed failures, and the cached
 * field definitions.
 */
@NullMarked
package com.geniusharmony.odoosync.odoo;

import org.jspecify.annotations.NullMarked;
