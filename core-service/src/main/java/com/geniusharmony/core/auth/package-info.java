/**
 * Access tokens: {@code POST /api/auth/token} checks a username and password and issues
 * an RS256 JWT (subject the user id, with the username and roles),
 * {@code /.well-known/jwks.json} publishes the public key, and the service checks its own
 * tokens with that key.
 */
@NullMarked
package com.geniusharmony.core.auth;

import org.jspecify.annotations.NullMarked;
