package com.geniusharmony.odooemulator.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One recorded exchange with a live Odoo: the request sent and the response received.
 *
 * @param n the transcript number
 * @param title what it shows
 * @param request the request
 * @param response the response
 */
record Transcript(int n, String title, Request request, Response response) {

	static final String RESOURCE = "odoo/odoo18-jsonrpc-transcripts.jsonl";

	static List<Transcript> load(JsonMapper mapper) {
		List<Transcript> transcripts = new ArrayList<>();
		try (InputStream in = Transcript.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					transcripts.add(parse(mapper.readTree(line)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return transcripts;
	}

	static Transcript parse(JsonNode json) {
		JsonNode request = json.get("request");
		JsonNode response = json.get("response");
		JsonNode cookie = response.get("set_cookie");
		return new Transcript(json.get("n").intValue(), json.get("title").stringValue(),
				new Request(request.get("method").stringValue(), request.get("path").stringValue(),
						request.get("body")),
				new Response(response.get("status").intValue(), response.get("content_type").stringValue(),
						(cookie == null || cookie.isNull()) ? null : cookie.stringValue(), response.get("body")));
	}

	Transcript withResponse(Response changed) {
		return new Transcript(this.n, this.title, this.request, changed);
	}

	/**
	 * The recorded request.
	 *
	 * @param method the HTTP method
	 * @param path the path
	 * @param body the JSON body, or a text node for a body that is not JSON
	 */
	record Request(String method, String path, JsonNode body) {
	}

	/**
	 * The recorded response.
	 *
	 * @param status the HTTP status
	 * @param contentType the content type
	 * @param setCookie the {@code Set-Cookie} header ({@code session_id=...}), or null if
	 * none
	 * @param body the JSON body, or a text node for a body that is not JSON
	 */
	record Response(int status, String contentType, @Nullable String setCookie, JsonNode body) {

		Response withBody(JsonNode changed) {
			return new Response(this.status, this.contentType, this.setCookie, changed);
		}

		Response withStatus(int changed) {
			return new Response(changed, this.contentType, this.setCookie, this.body);
		}

		Response withSetCookie(@Nullable String changed) {
			return new Response(this.status, this.contentType, changed, this.body);
		}

	}

}
