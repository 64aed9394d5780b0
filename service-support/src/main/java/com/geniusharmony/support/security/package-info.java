/**
 * Access-token checks shared by every service: which paths are public, how a bearer JWT
 * is validated (the core-service's JWKS by default, an OIDC issuer or an HMAC secret by
 * configuration), and who the caller is.
 */
@NullMarked
package com.geniusharmony.support.security;

import org.jspecify.annotations.NullMarked;
