package com.geniusharmony.odoosync.ops;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.batch.GaugeRefresher;
import com.geniusharmony.odoosync.batch.LastDrain;
import com.geniusharmony.odoosync.batch.SyncDrainer;
import com.geniusharmony.odoosync.state.SyncCounts;
import com.geniusharmony.odoosync.state.SyncStateRepository;
import com.geniusharmony.odoosync.state.SyncStatus;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * What operators can see and do: each entity's sync state, the failures with their
 * reasons, the counts and lag, and resyncs of one entity, of everything, or of the parked
 * entities. Every resync asks for a drain at once.
 */
@Component
public class SyncOperations {

	private final SyncStateQueries queries;

	private final SyncStateRepository states;

	private final GaugeRefresher statistics;

	private final SyncDrainer drainer;

	SyncOperations(SyncStateQueries queries, SyncStateRepository states, GaugeRefresher statistics,
			SyncDrainer drainer) {
		this.queries = queries;
		this.states = states;
		this.statistics = statistics;
		this.drainer = drainer;
	}

	public Mono<EntitySyncState> find(EntityKind kind, String entityId) {
		return this.queries.find(kind, entityId);
	}

	/**
	 * The sync states of several entities of one kind.
	 * @param kind their kind
	 * @param entityIds their ids
	 * @return the states found, by entity id; the sync has never seen the others
	 */
	public Mono<Map<String, EntitySyncState>> find(EntityKind kind, Collection<String> entityIds) {
		return this.queries.findAll(kind, entityIds)
			.map((states) -> states.stream().collect(Collectors.toMap(EntitySyncState::entityId, (state) -> state)));
	}

	/**
	 * A page of the entities in some statuses, most recently changed first.
	 * @param statuses the statuses
	 * @param limit the page size
	 * @param offset how many entities come before the page
	 * @return the page's entities and the number in all pages
	 */
	public Mono<Page> withStatus(Set<SyncStatus> statuses, int limit, long offset) {
		return Mono.zip(this.queries.countWithStatus(statuses), this.queries.withStatus(statuses, limit, offset),
				Page::new);
	}

	/**
	 * The counts and lag now (refreshing the gauges on the way).
	 * @return the counts
	 */
	public Mono<SyncCounts> counts() {
		return this.statistics.refresh();
	}

	/**
	 * How this instance's last drain ended.
	 * @return when, why it stopped if it did, and how many entities it claimed
	 */
	public LastDrain lastDrain() {
		return this.drainer.last();
	}

	/**
	 * Writes one entity's latest state to Odoo again.
	 * @return whether the entity exists
	 */
	public Mono<Boolean> resync(EntityKind kind, String entityId) {
		return this.states.resync(kind, entityId).doOnNext((found) -> this.drainer.request());
	}

	/**
	 * Writes every entity's latest state to Odoo again.
	 * @return how many entities
	 */
	public Mono<Long> resyncAll() {
		return this.states.resyncAll().doOnNext((count) -> this.drainer.request());
	}

	/**
	 * Gives the parked entities fresh attempts.
	 * @return how many entities
	 */
	public Mono<Long> replayParked() {
		return this.states.replayParked().doOnNext((count) -> this.drainer.request());
	}

	/**
	 * A page of entities.
	 *
	 * @param count the number of entities on all pages
	 * @param entities the entities of the page
	 */
	public record Page(long count, List<EntitySyncState> entities) {

		public Page {
			entities = List.copyOf(entities);
		}

	}

}
