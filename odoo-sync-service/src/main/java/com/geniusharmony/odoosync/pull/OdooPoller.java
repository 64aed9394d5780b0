package com.geniusharmony.odoosync.pull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.mapping.OdooMapping;
import com.geniusharmony.odoosync.mapping.OdooRow;
import com.geniusharmony.odoosync.mapping.OdooRows;
import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.pull.PullCursors.Cursor;
import com.geniusharmony.odoosync.state.ClaimRepository;
import com.geniusharmony.odoosync.state.ClaimRepository.LinkedClaim;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import com.geniusharmony.odoosync.state.StoredStates;
import com.geniusharmony.support.schedule.RepeatingJob;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Polls Odoo for records changed since each model's cursor (ADR 0016), partners first,
 * then projects, then tasks. A poll reads every record written since the overlap before
 * the cursor (the latest {@code write_date} the last complete poll read), in pages by id,
 * so that records sharing a {@code write_date} are each read once; only a poll that read
 * its whole window moves the cursor. A poll stopped midway reads its window again, and a
 * record read twice changes nothing the second time. Each model's poll runs on one
 * instance at a time, under the shared request budget like every Odoo call.
 */
@Component
public class OdooPoller extends RepeatingJob {

	private static final Logger log = LoggerFactory.getLogger(OdooPoller.class);

	private static final String ORDER = "id asc";

	private static final List<EntityKind> KINDS = List.of(EntityKind.USER, EntityKind.PROJECT, EntityKind.TASK);

	/**
	 * How often an instance looks whether a poll is due; a webhook's poll waits at most
	 * this long.
	 */
	private static final Duration LOOK_EVERY = Duration.ofSeconds(2);

	private final OdooClient odoo;

	private final PullCursors cursors;

	private final ClaimRepository claims;

	private final Map<EntityKind, OdooRows> mappings;

	private final StoredStates states;

	private final PulledChanges changes;

	private final PullMetrics metrics;

	private final PullProperties properties;

	private final OdooChangeLog changeLog;

	private final Instant startedAt = Instant.now();

	OdooPoller(OdooClient odoo, PullCursors cursors, ClaimRepository claims, List<OdooRows> mappings,
			StoredStates states, PulledChanges changes, PullMetrics metrics, PullProperties properties,
			OdooChangeLog changeLog) {
		super(lookEvery(properties), lookEvery(properties));
		this.changeLog = changeLog;
		this.odoo = odoo;
		this.cursors = cursors;
		this.claims = claims;
		this.mappings = mappings.stream().collect(Collectors.toMap(OdooRows::kind, Function.identity()));
		this.states = states;
		this.changes = changes;
		this.metrics = metrics;
		this.properties = properties;
	}

	/**
	 * Runs the polls that are due and not running elsewhere.
	 * @return how many records were read, per kind polled
	 */
	public Mono<Map<EntityKind, Integer>> pollDue() {
		return Flux.fromIterable(KINDS)
			.concatMap((kind) -> poll(kind).map((read) -> Map.entry(kind, read)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.flatMap((read) -> refreshLag().thenReturn(read));
	}

	/**
	 * Asks for a poll of every model now, on whichever instance comes first.
	 * @return the polls this instance ran
	 */
	public Mono<Map<EntityKind, Integer>> pollNow() {
		return this.cursors.request().then(pollDue());
	}

	/**
	 * Where the polls stand, for the status API.
	 */
	public Mono<PullOverview> overview() {
		return status().map((models) -> {
			boolean allPolled = !models.isEmpty()
					&& models.stream().allMatch((model) -> model.lastCompletedAt() != null);
			Double lag = allPolled
					? Math.max(0, Duration.between(oldestCompletion(models), Instant.now()).toMillis()) / 1000.0 : null;
			return new PullOverview(this.properties.enabled(), lag, models);
		});
	}

	/**
	 * Every model's cursor, for the status API.
	 */
	public Mono<List<PullStatus>> status() {
		return this.cursors.states()
			.map((states) -> states.stream()
				.map((state) -> new PullStatus(state.model(), state.cursor().writeDate(), state.cursor().id(),
						state.lastCompletedAt(), state.polledBy()))
				.toList());
	}

	private Mono<Integer> poll(EntityKind kind) {
		String model = OdooMapping.model(kind);
		return this.cursors.lease(model, this.properties.interval(), this.properties.lease())
			.flatMap((cursor) -> this.odoo.fieldsGet(model)
				.flatMap((definitions) -> pages(kind, PulledFields.read(kind, definitions), windowStart(cursor), 0,
						Read.NOTHING))
				.flatMap((read) -> this.cursors.complete(model, read.whole() ? read.latest() : null)
					.thenReturn(read.records()))
				.doOnNext((read) -> log.debug("Polled Odoo's {} records: {} read", model, read))
				.flatMap(
						(read) -> (kind == EntityKind.TASK) ? this.changeLog.prune().thenReturn(read) : Mono.just(read))
				.onErrorResume((ex) -> {
					log.warn("Polling Odoo's {} records for changes stopped; the next poll reads its window again: {}",
							model, ex.toString());
					return this.cursors.release(model).thenReturn(0);
				}))
			.defaultIfEmpty(0);
	}

	/**
	 * Where a poll's window starts: the overlap before the latest {@code write_date} the
	 * last complete poll read (before the service started, for the first poll).
	 */
	private LocalDateTime windowStart(Cursor cursor) {
		LocalDateTime from = (cursor.writeDate() != null) ? cursor.writeDate().minus(this.properties.overlap())
				: LocalDateTime.ofInstant(this.startedAt.minus(this.properties.overlap()), ZoneOffset.UTC);
		return from.withNano(0);
	}

	/**
	 * Reads the window a page at a time, in id order, and records each page.
	 */
	private Mono<Read> pages(EntityKind kind, List<String> fields, LocalDateTime windowStart, long afterId,
			Read soFar) {
		String model = OdooMapping.model(kind);
		return this.odoo
			.searchRead(model, window(windowStart, afterId), fields, true, ORDER, this.properties.pageSize())
			.flatMap((records) -> {
				List<PulledRecord> page = records.stream().map((record) -> PulledFields.record(kind, record)).toList();
				// a page taking longer than the lease may be another instance's by now
				return page(kind, page).timeout(this.properties.lease()).flatMap((done) -> {
					Read read = soFar.and(done);
					if (done.isEmpty() && page.isEmpty()) {
						return Mono.just(read);
					}
					Mono<Void> progress = done.isEmpty() ? Mono.empty()
							: this.cursors.progress(model, done.get(done.size() - 1).odooId(), this.properties.lease());
					if (done.size() < page.size()) {
						// a record a batch is writing: the next poll reads the window
						// again, at once
						return progress.then(this.cursors.request()).thenReturn(read.stoppedEarly());
					}
					if (page.size() < this.properties.pageSize()) {
						return progress.thenReturn(read);
					}
					long lastId = done.get(done.size() - 1).odooId();
					return progress.then(Mono.defer(() -> pages(kind, fields, windowStart, lastId, read)));
				});
			});
	}

	/**
	 * {@code write_date >= start and id > i}: every record written since the window's
	 * start, paged by id. Paging by id, never by {@code write_date}, reads each record of
	 * the window once whatever many share a {@code write_date} (Odoo stamps every record
	 * of one transaction with the same one).
	 */
	static List<Object> window(LocalDateTime start, long afterId) {
		return List.of(List.of("write_date", ">=", start.format(OdooMapping.ODOO_DATETIME)),
				List.of("id", ">", afterId));
	}

	/**
	 * Compares and records a page's records in order, up to the first one a batch is
	 * writing.
	 * @return the records done
	 */
	private Mono<List<PulledRecord>> page(EntityKind kind, List<PulledRecord> page) {
		if (page.isEmpty()) {
			return Mono.just(List.of());
		}
		Set<Long> odooIds = page.stream().map(PulledRecord::odooId).collect(Collectors.toSet());
		return this.claims.claimLinked(kind, odooIds, this.properties.lease())
			.flatMap((linked) -> this.claims.busy(kind, odooIds, linked.claim().token())
				.flatMap((busy) -> compareAll(kind, page, linked, busy))
				.flatMap((done) -> this.claims.release(linked.claim()).thenReturn(done))
				// a page that failed gives its rows back at once, not when the lease ends
				.onErrorResume((ex) -> this.claims.release(linked.claim()).then(Mono.error(ex))));
	}

	private Mono<List<PulledRecord>> compareAll(EntityKind kind, List<PulledRecord> page, LinkedClaim linked,
			Set<Long> busy) {
		List<PulledRecord> done = new ArrayList<>();
		for (PulledRecord record : page) {
			if (busy.contains(record.odooId())) {
				break;
			}
			done.add(record);
		}
		Map<Long, ClaimedEntity> byOdooId = new HashMap<>();
		linked.claim().entities().forEach((entity) -> byOdooId.put(entity.odooId(), entity));
		List<ClaimedEntity> compared = done.stream()
			.map((record) -> byOdooId.get(record.odooId()))
			.filter((entity) -> entity != null && !entity.deleted()
					&& (entity.base() != null || !linked.pending().contains(entity.entityId())))
			.toList();
		if (compared.isEmpty()) {
			return Mono.just(done);
		}
		Map<Long, PulledRecord> records = new HashMap<>();
		done.forEach((record) -> records.put(record.odooId(), record));
		return this.mappings.get(kind)
			.rows(compared)
			.zipWith(platformUsers(kind, compared, records))
			.flatMap((found) -> Flux.fromIterable(found.getT1().rows())
				.concatMap((row) -> record(linked, row, found.getT1().fields(), records.get(row.entity().odooId()),
						found.getT2()))
				.then())
			.thenReturn(done);
	}

	private Mono<Void> record(LinkedClaim linked, OdooRow row, List<String> fields, PulledRecord odoo,
			Map<Long, String> platformUsers) {
		Map<String, String> wanted = new HashMap<>();
		for (int i = 0; i < fields.size(); i++) {
			wanted.put(fields.get(i), row.values().get(i));
		}
		ClaimedEntity entity = row.entity();
		Instant now = Instant.now();
		Detection detection = ChangeDetector.detect(new ChangeDetector.Comparison(entity, wanted, odoo, platformUsers,
				now, now.plus(this.properties.holdTimeout())));
		this.metrics.found(entity.kind(), detection);
		if (detection.hasChanges()) {
			log.info("{} {} was changed in Odoo ({} {}): {}", entity.kind().wireName(), entity.entityId(),
					OdooMapping.model(entity.kind()), odoo.odooId(), detection.changes());
		}
		detection.conflicts()
			.forEach((conflict) -> log.warn(
					"{} {}: {} changed in Odoo and on the platform; the {} change won, {}" + " lost \"{}\"",
					entity.kind().wireName(), entity.entityId(), conflict.field(), conflict.winner(),
					"odoo".equals(conflict.winner()) ? "the platform's" : "Odoo's", conflict.lostValue()));
		detection.warnings().forEach((warning) -> log.warn(warning));
		return this.changes.record(linked.claim(), entity, odoo, detection);
	}

	/**
	 * The platform user of each Odoo user assigned in Odoo or before, found by email.
	 */
	private Mono<Map<Long, String>> platformUsers(EntityKind kind, List<ClaimedEntity> entities,
			Map<Long, PulledRecord> records) {
		if (kind != EntityKind.TASK) {
			return Mono.just(Map.of());
		}
		Set<Long> ids = new HashSet<>();
		for (ClaimedEntity entity : entities) {
			ids.addAll(OdooMapping.userIds(records.get(entity.odooId()).values().get(OdooMapping.TASK_ASSIGNEES)));
			if (entity.base() != null) {
				ids.addAll(OdooMapping.userIds(entity.base().get(OdooMapping.TASK_ASSIGNEES)));
			}
		}
		if (ids.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.odoo.searchRead("res.users", List.of(List.of("id", "in", List.copyOf(ids))), List.of("email"), true)
			.flatMap((users) -> {
				Map<Long, String> emails = new HashMap<>();
				for (JsonNode user : users) {
					if (user.path("email").isString()) {
						emails.put(user.path("id").asLong(), user.path("email").asString().toLowerCase(Locale.ROOT));
					}
				}
				return this.states.usersByEmail(emails.values()).map((byEmail) -> {
					Map<Long, String> platform = new HashMap<>();
					emails.forEach((id, email) -> {
						String user = byEmail.get(email);
						if (user != null) {
							platform.put(id, user);
						}
					});
					return platform;
				});
			});
	}

	private Mono<Void> refreshLag() {
		return status().doOnNext((models) -> this.metrics.completed(oldestCompletion(models), Instant.now())).then();
	}

	/**
	 * When the least recent poll of a model completed; the service's start stands for a
	 * model never polled.
	 */
	private Instant oldestCompletion(List<PullStatus> models) {
		return models.stream()
			.map((model) -> (model.lastCompletedAt() != null) ? model.lastCompletedAt() : this.startedAt)
			.min(Instant::compareTo)
			.orElse(this.startedAt);
	}

	private static Duration lookEvery(PullProperties properties) {
		return (properties.interval().compareTo(LOOK_EVERY) < 0) ? properties.interval() : LOOK_EVERY;
	}

	@Override
	protected Mono<Map<EntityKind, Integer>> runOnce() {
		return pollDue();
	}

	@Override
	protected void failed(Throwable failure) {
		log.warn("Polling Odoo for changes failed: {}", failure.toString());
	}

	@Override
	public void start() {
		if (this.properties.enabled()) {
			super.start();
		}
	}

	/**
	 * What a poll read so far.
	 *
	 * @param records how many records it read
	 * @param latest the latest {@code write_date} among them, or {@code null}
	 * @param whole whether it read its whole window
	 */
	private record Read(int records, @Nullable LocalDateTime latest, boolean whole) {

		static final Read NOTHING = new Read(0, null, true);

		Read and(List<PulledRecord> page) {
			LocalDateTime newest = this.latest;
			for (PulledRecord record : page) {
				if (newest == null || record.writeDate().isAfter(newest)) {
					newest = record.writeDate();
				}
			}
			return new Read(this.records + page.size(), newest, this.whole);
		}

		Read stoppedEarly() {
			return new Read(this.records, this.latest, false);
		}

	}

}
