package com.geniusharmony.odoosync.odoo;

import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * An {@link OdooClient} speaking one protocol, which can also call any model method with
 * named arguments (what the connection check needs beyond the sync's calls).
 */
interface OdooProtocolClient extends OdooClient {

	/**
	 * Calls a model method with named arguments only.
	 * @param call the model and method
	 * @param arguments the named arguments
	 * @return Odoo's result
	 */
	Mono<JsonNode> call(OdooCall call, Map<String, ?> arguments);

}
