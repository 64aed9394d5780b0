package com.geniusharmony.core.auth;

/**
 * The answer of {@code POST /api/auth/token}.
 *
 * @param accessToken the signed JWT
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until it expires
 */
record TokenResponse(String accessToken, String tokenType, long expiresIn) {

}
