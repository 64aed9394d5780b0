package com.geniusharmony.odooemulator.rpc;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The version an emulator announces ({@code common.version}): {@code 18.0},
 * {@code [18, 0, 0, "final", 0, ""]}.
 *
 * @param major the major version
 */
public record ServerVersion(int major) {

	public String serie() {
		return this.major + ".0";
	}

	/**
	 * The answer of {@code common.version}.
	 * @return the JSON
	 */
	public ObjectNode json() {
		ObjectNode version = JsonNodeFactory.instance.objectNode();
		version.put("server_version", serie());
		version.putArray("server_version_info").add(this.major).add(0).add(0).add("final").add(0).add("");
		version.put("server_serie", serie());
		version.put("protocol_version", 1);
		return version;
	}

}
