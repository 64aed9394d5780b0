package com.geniusharmony.support.testing;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reads an answer larger than the 256 KB a test client buffers by default (the service's
 * own request limit): a metrics exposition with latency histograms, an API document.
 */
public final class LargeBodies {

	private static final int LARGEST_BODY = 16 * 1024 * 1024;

	private LargeBodies() {
	}

	/**
	 * Gets a path without a token and checks it answered 200.
	 * @param web the test client of the service
	 * @param path such as {@code /actuator/prometheus}
	 * @return the body
	 */
	public static String get(WebTestClient web, String path) {
		String body = web.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(LARGEST_BODY))
			.build()
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return (body != null) ? body : "";
	}

}
