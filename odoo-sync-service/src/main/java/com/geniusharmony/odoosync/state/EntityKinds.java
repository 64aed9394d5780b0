package com.geniusharmony.odoosync.state;

import java.util.Arrays;
import java.util.Optional;

import com.geniusharmony.events.odoolink.EntityKind;

/**
 * Entity kinds by the name the API, the store and the metrics write them with.
 */
public final class EntityKinds {

	private EntityKinds() {
	}

	/**
	 * Finds a kind by its wire name.
	 * @param wireName {@code user}, {@code project} or {@code task}
	 * @return the kind, or empty if none has this name
	 */
	public static Optional<EntityKind> fromWireName(String wireName) {
		return Arrays.stream(EntityKind.values()).filter((kind) -> kind.wireName().equals(wireName)).findFirst();
	}

}
