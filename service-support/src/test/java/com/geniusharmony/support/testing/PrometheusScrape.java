package com.geniusharmony.support.testing;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reads a service's {@code /actuator/prometheus} in a test. The exposition of a service
 * with latency histograms passes the 256 KB a test client buffers by default (the
 * service's own request limit), so the scrape gets a buffer of its own.
 */
public final class PrometheusScrape {

	private static final int LARGEST_EXPOSITION = 16 * 1024 * 1024;

	private PrometheusScrape() {
	}

	/**
	 * Scrapes the service once and checks it answered 200.
	 * @param web the test client of the service
	 * @return the exposition text
	 */
	public static String of(WebTestClient web) {
		String body = web.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(LARGEST_EXPOSITION))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return (body != null) ? body : "";
	}

}
