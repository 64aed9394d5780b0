package com.geniusharmony.odooemulator.server;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;

/**
 * One HTTP request, read whole.
 *
 * @param method the HTTP method
 * @param path the path, without query
 * @param headers the headers
 * @param body the body
 */
public record EmulatorRequest(String method, String path, HttpHeaders headers, byte[] body) {

	public @Nullable String header(String name) {
		return this.headers.get(name);
	}

	/**
	 * The media type of the body, lower case and without parameters
	 * ({@code application/json}).
	 * @return the media type, empty if none
	 */
	public String mediaType() {
		String contentType = header("Content-Type");
		if (contentType == null) {
			return "";
		}
		int semicolon = contentType.indexOf(';');
		return ((semicolon >= 0) ? contentType.substring(0, semicolon) : contentType).trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * A cookie's value, or null.
	 * @param name the cookie name
	 * @return the value or null
	 */
	public @Nullable String cookie(String name) {
		for (String header : this.headers.getAll("Cookie")) {
			for (Cookie cookie : ServerCookieDecoder.LAX.decode(header)) {
				if (cookie.name().equals(name)) {
					return cookie.value();
				}
			}
		}
		return null;
	}

}
