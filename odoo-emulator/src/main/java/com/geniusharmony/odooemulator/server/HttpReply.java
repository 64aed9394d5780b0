package com.geniusharmony.odooemulator.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * An HTTP answer.
 *
 * @param status the status
 * @param contentType the content type
 * @param headers more headers
 * @param body the body
 */
public record HttpReply(int status, String contentType, Map<String, String> headers, byte[] body) {

	/** The content type Odoo gives JSON answers. */
	public static final String JSON = "application/json; charset=utf-8";

	/** The content type Odoo gives its other answers. */
	public static final String HTML = "text/html; charset=utf-8";

	public static HttpReply json(int status, JsonNode body) {
		return new HttpReply(status, JSON, Map.of(), body.toString().getBytes(StandardCharsets.UTF_8));
	}

	public static HttpReply html(int status, String body) {
		return new HttpReply(status, HTML, Map.of(), body.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * This answer with one more header.
	 * @param name the name
	 * @param value the value
	 * @return the answer
	 */
	public HttpReply withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new HttpReply(this.status, this.contentType, more, this.body);
	}

}
