package com.geniusharmony.odooemulator.orm;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A public model method: how it is called (on the model, on records, or {@code create}),
 * its signature and its implementation.
 *
 * @param name the method name
 * @param kind how it is called
 * @param signature its parameters after {@code self} (and, for record methods, after the
 * ids)
 * @param body the implementation
 */
record ModelMethod(String name, Kind kind, Signature signature, Body body) {

	enum Kind {

		/** An {@code @api.model} method: no ids. */
		MODEL,
		/**
		 * {@code @api.model_create_multi}: over JSON-RPC, one dict gives one id, a list
		 * gives ids.
		 */
		CREATE,
		/** A method on records: over JSON-RPC the first argument is the ids. */
		RECORDS

	}

	@FunctionalInterface
	interface Body {

		JsonNode invoke(Env env, ModelDef model, List<Integer> ids, Args args);

	}

}
