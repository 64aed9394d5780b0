package com.geniusharmony.odoosync.odoo;

import java.time.Clock;

import com.geniusharmony.odoosync.budget.OdooRequestBudget;
import com.geniusharmony.support.web.BoundedWebClient;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the client of the configured protocol: one HTTP client with the timeouts and the
 * size limit of the settings, the shared budget and the request metrics.
 */
final class OdooClients {

	private final OdooRequestBudget budget;

	private final OdooRequestMetrics metrics;

	private final Clock clock;

	OdooClients(OdooRequestBudget budget, OdooRequestMetrics metrics, Clock clock) {
		this.budget = budget;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * A client for these settings, which must be {@link OdooProperties#configured()
	 * complete}.
	 * @param properties the settings
	 * @return the JSON-RPC or JSON-2 client
	 */
	OdooProtocolClient protocolClient(OdooProperties properties) {
		OdooHttp http = new OdooHttp(webClient(properties), this.budget, this.metrics,
				new OdooFailures(properties, this.clock), properties.requestTimeout());
		return properties.protocol().json2() ? new Json2OdooClient(http, properties)
				: new JsonRpcOdooClient(http, properties);
	}

	private static WebClient webClient(OdooProperties properties) {
		return BoundedWebClient.builder(properties.connectTimeout(), properties.requestTimeout())
			.baseUrl(properties.baseUrl())
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize((int) properties.maxResponseSize().toBytes()))
			.build();
	}

}
