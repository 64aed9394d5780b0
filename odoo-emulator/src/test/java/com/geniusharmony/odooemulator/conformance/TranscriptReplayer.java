package com.geniusharmony.odooemulator.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays transcripts in order against one emulator, as plain HTTP requests, keeping the
 * session cookie and the mapping from recorded ids to the emulator's ids from one
 * transcript to the next, and compares each answer.
 */
final class TranscriptReplayer {

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final RequestRewriter rewriter;

	private final TranscriptComparison comparison;

	TranscriptReplayer(String baseUrl, JsonMapper mapper) {
		this.baseUrl = baseUrl;
		RecordedFields fields = new RecordedFields(mapper);
		IdMap ids = new IdMap();
		this.rewriter = new RequestRewriter(fields, ids);
		this.comparison = new TranscriptComparison(mapper, fields, ids);
	}

	/**
	 * Sends a transcript's request and compares the answer with its recorded response.
	 * @param transcript the transcript
	 * @return the differences, empty if the answer conforms
	 */
	List<String> replay(Transcript transcript) {
		return this.comparison.compare(transcript, send(transcript));
	}

	Exchange send(Transcript transcript) {
		JsonNode body = this.rewriter.rewrite(RecordedCall.of(transcript));
		String text = body.isString() ? body.stringValue() : body.toString();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + transcript.request().path()))
			.method(transcript.request().method(), HttpRequest.BodyPublishers.ofString(text))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(10))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Exchange(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					response.headers().firstValue("Set-Cookie").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
