/**
 * HTTP errors as RFC 9457 problem details, the same in every service: a 400 names each
 * bad field in snake_case, as the API spells it; no stack trace, SQL or internal message
 * reaches a client.
 */
@NullMarked
package com.geniusharmony.support.web;

import org.jspecify.annotations.NullMarked;
