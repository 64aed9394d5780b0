/**
 * Odoo's JSON-RPC protocol as recorded from Odoo 18: {@code /jsonrpc} (services
 * {@code common}, {@code object} and {@code db}), {@code /web/session/authenticate} and
 * {@code /web/dataset/call_kw}, the JSON-RPC envelope and error object, and the accounts
 * and sessions they authenticate against.
 */
@NullMarked
package com.geniusharmony.odooemulator.rpc;

import org.jspecify.annotations.NullMarked;
