package com.geniusharmony.support.testing;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reads a service's {@code /actuator/prometheus} in a test.
 */
public final class PrometheusScrape {

	private PrometheusScrape() {
	}

	/**
	 * Scrapes the service once and checks it answered 200.
	 * @param web the test client of the service
	 * @return the exposition text
	 */
	public static String of(WebTestClient web) {
		return LargeBodies.get(web, "/actuator/prometheus");
	}

}
