package com.geniusharmony.odoosync.state;

import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.odoolink.EntityKind;

/**
 * A batch of entities of one kind claimed by this instance until the claim's lease ends;
 * the token fences every later write of the batch, so that a claim that lapsed (and was
 * taken by another instance) can no longer change the rows.
 *
 * @param kind the kind of every entity of the batch
 * @param token the claim's token
 * @param entities the entities, oldest change first
 */
public record Claim(EntityKind kind, UUID token, List<ClaimedEntity> entities) {

	public Claim {
		entities = List.copyOf(entities);
	}

	public boolean isEmpty() {
		return this.entities.isEmpty();
	}

}
