package com.geniusharmony.odoosync.drift;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.odoo.OdooException;
import com.geniusharmony.odoosync.ops.EntitySyncState;
import com.geniusharmony.odoosync.ops.SyncOperations;
import com.geniusharmony.odoosync.pull.OdooChangeLog;
import com.geniusharmony.odoosync.pull.OdooChangeNote;
import com.geniusharmony.odoosync.state.SyncStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Makes the drift report: reads core-service and Odoo, compares them, and tells each
 * finding's sync state, so that an operator can tell a change on its way from drift, and
 * lists the latest changes found in Odoo.
 */
@Component
class DriftReporter {

	private static final Logger logger = LoggerFactory.getLogger(DriftReporter.class);

	private final CoreServiceReader core;

	private final OdooReader odoo;

	/** How many of the latest changes found in Odoo the report shows. */
	private static final int RECENT_CHANGES = 50;

	private final SyncOperations sync;

	private final OdooChangeLog changes;

	DriftReporter(CoreServiceReader core, OdooReader odoo, SyncOperations sync, OdooChangeLog changes) {
		this.core = core;
		this.odoo = odoo;
		this.sync = sync;
		this.changes = changes;
	}

	/**
	 * Compares what the caller sees of core-service with Odoo.
	 * @param authorization the caller's {@code Authorization} header
	 * @return the report
	 */
	Mono<DriftResponse> report(String authorization) {
		return Mono
			.zip(this.core.read(authorization),
					this.odoo.read().onErrorMap(OdooException.class, DriftSourceException::odoo))
			.flatMap((read) -> {
				List<Finding> findings = DriftComparison.compare(read.getT1(), read.getT2());
				return states(findings).zipWith(this.changes.recent(RECENT_CHANGES),
						(states, fromOdoo) -> response(read.getT1(), read.getT2(), findings, states, fromOdoo));
			})
			.doOnNext((report) -> logger.info(
					"Drift report: {} missing in Odoo, {} not in core-service, {} fields differ; {} of them pending",
					report.missingInOdoo().size(), report.notInCore().size(), report.differences().size(),
					report.lagging()));
	}

	private Mono<Map<EntityKind, Map<String, EntitySyncState>>> states(List<Finding> findings) {
		Map<EntityKind, Set<String>> ids = findings.stream()
			.collect(Collectors.groupingBy(Finding::kind, Collectors.mapping(Finding::id, Collectors.toSet())));
		return Flux.fromIterable(ids.entrySet())
			.concatMap((kind) -> this.sync.find(kind.getKey(), kind.getValue())
				.map((found) -> Map.entry(kind.getKey(), found)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, () -> new EnumMap<>(EntityKind.class));
	}

	private static DriftResponse response(CoreSnapshot core, OdooSnapshot odoo, List<Finding> findings,
			Map<EntityKind, Map<String, EntitySyncState>> states, List<OdooChangeNote> fromOdoo) {
		Map<String, DriftResponse.Checked> checked = new LinkedHashMap<>();
		checked.put("user", new DriftResponse.Checked(core.users().size(), odoo.users().byEntity().size()));
		checked.put("project", new DriftResponse.Checked(core.projects().size(), odoo.projects().byEntity().size()));
		checked.put("task", new DriftResponse.Checked(core.tasks().size(), odoo.tasks().byEntity().size()));
		long lagging = 0;
		List<DriftResponse.Entry> missing = new ArrayList<>();
		List<DriftResponse.Entry> stray = new ArrayList<>();
		List<DriftResponse.Difference> differences = new ArrayList<>();
		for (Finding finding : findings) {
			EntitySyncState state = states.getOrDefault(finding.kind(), Map.of()).get(finding.id());
			boolean pending = pending(finding, state);
			lagging += pending ? 1 : 0;
			String status = (state != null) ? state.status().wireName() : null;
			String kind = finding.kind().wireName();
			switch (finding.type()) {
				case MISSING_IN_ODOO -> missing.add(new DriftResponse.Entry(kind, finding.id(), null, status, pending));
				case NOT_IN_CORE ->
					stray.add(new DriftResponse.Entry(kind, finding.id(), finding.odooId(), status, pending));
				case DIFFERENT -> differences.add(new DriftResponse.Difference(kind, finding.id(), finding.odooId(),
						String.valueOf(finding.field()), finding.core(), finding.odoo(), status, pending));
			}
		}
		return new DriftResponse(findings.isEmpty(), findings.size() - lagging, lagging, checked, missing, stray,
				differences, fromOdoo);
	}

	/**
	 * Whether a change of the entity is on its way to Odoo: the sync holds it as pending,
	 * or has not seen the version core-service shows yet (or core-service was read before
	 * a change the sync already has).
	 */
	private static boolean pending(Finding finding, @Nullable EntitySyncState state) {
		if (state == null) {
			return false;
		}
		Long coreVersion = finding.coreVersion();
		return state.status() == SyncStatus.PENDING || (coreVersion != null && coreVersion != state.version());
	}

}
