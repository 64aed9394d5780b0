package com.geniusharmony.core.auth;

/**
 * The answer of a login or a refresh.
 *
 * @param accessToken the signed JWT, for {@code Authorization: Bearer}
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires
 * @param refreshToken for {@code POST /api/auth/refresh} once, before it expires
 * @param refreshExpiresIn seconds until the refresh token expires
 */
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {

}
