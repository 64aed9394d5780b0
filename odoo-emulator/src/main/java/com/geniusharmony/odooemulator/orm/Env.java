package com.geniusharmony.odooemulator.orm;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The caller of a model method: the user id and the context ({@code active_test},
 * {@code lang}, {@code tz}).
 *
 * @param uid the user id
 * @param context the context
 */
public record Env(int uid, ObjectNode context) {

	/**
	 * An environment with an empty context.
	 * @param uid the user id
	 * @return the environment
	 */
	public static Env of(int uid) {
		return new Env(uid, JsonNodeFactory.instance.objectNode());
	}

	/**
	 * This environment with another context, if {@code context} is an object.
	 * @param context the new context (ignored unless an object)
	 * @return the environment
	 */
	public Env withContext(JsonNode context) {
		return (context instanceof ObjectNode object) ? new Env(this.uid, object) : this;
	}

	/**
	 * Whether searches leave archived records out: true unless the context sets
	 * {@code active_test} to false.
	 * @return the active test
	 */
	public boolean activeTest() {
		JsonNode value = this.context.get("active_test");
		return value == null || !value.isBoolean() || value.booleanValue();
	}

	Env withoutActiveTest() {
		ObjectNode copy = this.context.deepCopy();
		copy.put("active_test", false);
		return new Env(this.uid, copy);
	}

}
