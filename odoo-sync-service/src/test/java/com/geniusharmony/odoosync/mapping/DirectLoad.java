package com.geniusharmony.odoosync.mapping;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectEvent;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.user.UserEvent;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.odoosync.mapping.OdooRows.Rows;
import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.odoo.OdooField;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * Loads entities straight into Odoo from one client: the rows the sync would write for
 * them (made by the sync's own row builders, all before the clock starts), without the
 * store, the claims or the budget, keeping a number of {@code load}s in flight so that
 * Odoo's workers always have the next batch waiting. The benchmark's ceiling.
 */
public final class DirectLoad {

	private static final Duration CALL = Duration.ofMinutes(1);

	private final OdooClient odoo;

	private final int batchSize;

	private final int inFlight;

	/**
	 * A loader.
	 * @param odoo the client, which should spend no budget
	 * @param batchSize the rows per {@code load}
	 * @param inFlight the {@code load}s sent before the first answer: one more than
	 * Odoo's workers keeps every worker busy
	 */
	public DirectLoad(OdooClient odoo, int batchSize, int inFlight) {
		this.odoo = odoo;
		this.batchSize = batchSize;
		this.inFlight = inFlight;
	}

	/**
	 * Loads users, then projects, then tasks, timing each kind; a kind starts once the
	 * one before has landed, since its rows reference it. The field definitions and the
	 * Odoo users are read first, outside the timing, as the sync caches them.
	 * @param users the users' events
	 * @param projects the projects' events
	 * @param tasks the tasks' events
	 * @return the seconds each kind took, in that order
	 */
	public Map<EntityKind, Double> load(List<EventEnvelope> users, List<EventEnvelope> projects,
			List<EventEnvelope> tasks) {
		Map<String, OdooField> projectFields = this.odoo.fieldsGet("project.project").block(CALL);
		Map<String, OdooField> taskFields = this.odoo.fieldsGet("project.task").block(CALL);
		Map<String, UserState> usersById = new HashMap<>();
		users.forEach((event) -> usersById.put(event.aggregateId(), ((UserEvent) event.payload()).user()));
		Map<String, ProjectState> projectsById = new HashMap<>();
		projects.forEach((event) -> projectsById.put(event.aggregateId(), ((ProjectEvent) event.payload()).project()));
		Assignees.Resolved resolved = new Assignees.Resolved(usersById, odooUsers());
		Map<EntityKind, Double> seconds = new LinkedHashMap<>();
		seconds.put(EntityKind.USER, timed("res.partner", entities(EntityKind.USER, users),
				(batch) -> new Rows(PartnerRows.FIELDS, batch.stream().map(PartnerRows::row).toList())));
		seconds.put(EntityKind.PROJECT, timed("project.project", entities(EntityKind.PROJECT, projects),
				(batch) -> ProjectRows.rows(batch, projectFields)));
		seconds.put(EntityKind.TASK, timed("project.task", entities(EntityKind.TASK, tasks),
				(batch) -> TaskRows.rows(batch, taskFields, projectsById, resolved, LocalTime.MIDNIGHT)));
		return seconds;
	}

	private Map<String, Long> odooUsers() {
		Map<String, Long> ids = new HashMap<>();
		for (JsonNode user : this.odoo.searchRead("res.users", List.of(), List.of("email"), false).block(CALL)) {
			if (user.path("email").isString()) {
				ids.put(user.path("email").asString().toLowerCase(Locale.ROOT), user.path("id").asLong());
			}
		}
		return ids;
	}

	private double timed(String model, List<ClaimedEntity> entities, Function<List<ClaimedEntity>, Rows> rows) {
		List<Rows> batches = new ArrayList<>();
		for (int from = 0; from < entities.size(); from += this.batchSize) {
			batches.add(rows.apply(entities.subList(from, Math.min(entities.size(), from + this.batchSize))));
		}
		long started = System.nanoTime();
		Flux.fromIterable(batches)
			.flatMap(
					(batch) -> this.odoo.load(model, batch.fields(), batch.rows().stream().map(OdooRow::cells).toList())
						.timeout(CALL)
						.doOnNext((result) -> {
							if (!result.accepted()) {
								throw new IllegalStateException("Odoo refused a batch of " + model + ": " + result);
							}
						}),
					this.inFlight)
			.then()
			.block(CALL.multipliedBy(batches.size()));
		return (System.nanoTime() - started) / 1e9;
	}

	private static List<ClaimedEntity> entities(EntityKind kind, List<EventEnvelope> events) {
		List<ClaimedEntity> entities = new ArrayList<>(events.size());
		for (EventEnvelope event : events) {
			entities.add(new ClaimedEntity(kind, event.aggregateId(), event.aggregateVersion(), 1, null, false, event));
		}
		return entities;
	}

}
