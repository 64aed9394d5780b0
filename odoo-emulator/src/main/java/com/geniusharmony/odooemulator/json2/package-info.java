/**
 * Odoo 19's JSON-2 API: {@code POST /json/2/<model>/<method>} with a bearer API key and
 * named arguments, answering the bare result, or an HTTP error status with {@code {name,
 * message, arguments, context, debug}}.
 */
@NullMarked
package com.geniusharmony.odooemulator.json2;

import org.jspecify.annotations.NullMarked;
