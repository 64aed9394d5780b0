package com.geniusharmony.odooemulator.conformance;

import org.jspecify.annotations.Nullable;

/**
 * What the emulator answered to a replayed request.
 *
 * @param status the HTTP status
 * @param contentType the content type, or null
 * @param setCookie the {@code Set-Cookie} header, or null
 * @param body the body text
 */
record Exchange(int status, @Nullable String contentType, @Nullable String setCookie, String body) {
}
