package com.geniusharmony.core.auth;

/**
 * What checking a login needs to know of a user.
 */
record Credentials(String id, String username, String passwordHash, boolean active, boolean admin) {

}
