package com.geniusharmony.odoosync;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.stats.RequestCounts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark's figures as they come, and the Markdown table of them.
 */
final class BenchReport {

	private final StringBuilder rows = new StringBuilder();

	private final BenchWorkload workload;

	private final String throttle;

	private final String loadBefore;

	private double throughService = Double.NaN;

	private double drained = Double.NaN;

	private double direct = Double.NaN;

	BenchReport(BenchWorkload workload, String throttle, String loadBefore) {
		this.workload = workload;
		this.throttle = throttle;
		this.loadBefore = loadBefore;
	}

	void published(long nanos) {
		row("events published to Kafka (acknowledged)", "%,d in %.1f s", this.workload.size(), nanos / 1e9);
	}

	void synced(Landing landing, RequestCounts requests, @Nullable Double intake, double maxLag, MeterRegistry meters) {
		long landed = 0;
		for (EntityKind kind : EntityKind.values()) {
			landed += landing.landed(kind);
		}
		row("all events recorded by the intake (`sync_entity`)",
				(intake != null) ? "%.1f s after the first publish" : "not seen before the last record landed", intake);
		this.throughService = landed / landing.allLanded();
		row("**through the service, budget 10 requests/s**", "%,d records in %.1f s = **%.0f records/s**", landed,
				landing.allLanded(), this.throughService);
		for (EntityKind kind : EntityKind.values()) {
			double seconds = landing.last(kind) - landing.first(kind);
			double perBatch = count(meters, "harmony.sync.records", kind, "synced")
					/ count(meters, "harmony.sync.batches", kind, null);
			row("  " + kind.wireName() + "s", "%,d landed from %.1f s to %.1f s = %.0f records/s, %.0f rows per load",
					landing.landed(kind), landing.first(kind), landing.last(kind), landing.landed(kind) / seconds,
					perBatch);
		}
		row("Odoo requests of the sync", "%,d (%s), %.1f requests/s, **at most %d in any second**", requests.total(),
				calls(requests), requests.total() / landing.allLanded(), requests.maxInAnySecond());
		Timer wait = meters.get("harmony.odoo.budget.wait").tag("mode", "shared").timer();
		row("budget wait per request (shared)", "mean %.0f ms, max %.0f ms", wait.mean(TimeUnit.MILLISECONDS),
				wait.max(TimeUnit.MILLISECONDS));
		row("largest sync lag seen (`harmony.sync.lag`, refreshed every 10 s)", "%.0f s", maxLag);
	}

	void drained(double intake, Landing landing, RequestCounts requests) {
		long landed = 0;
		for (EntityKind kind : EntityKind.values()) {
			landed += landing.landed(kind);
		}
		this.drained = landed / landing.allLanded();
		row("a backlog of the same size under other ids, published with the drain stopped",
				"all recorded by the intake %.1f s after the first publish", intake);
		row("**the backlog drained by the service, same budget** (timed from the drain's start)",
				"%,d records in %.1f s = **%.0f records/s**; %,d requests (%s), at most %d in any second", landed,
				landing.allLanded(), this.drained, requests.total(), calls(requests), requests.maxInAnySecond());
	}

	void singles(int records, double seconds, RequestCounts requests) {
		row("**one record per request, same budget**",
				"%,d records in %.1f s = **%.1f records/s**, %d requests, " + "at most %d in any second", records,
				seconds, records / seconds, requests.total(), requests.maxInAnySecond());
	}

	void ceiling(Map<EntityKind, Double> seconds, int inFlight, OdooEmulator odoo, RequestCounts requests) {
		double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
		long landed = 0;
		StringBuilder kinds = new StringBuilder();
		for (Map.Entry<EntityKind, Double> kind : seconds.entrySet()) {
			long count = Landing.count(odoo, kind.getKey());
			landed += count;
			kinds.append(String.format(Locale.ROOT, "%s%s %.0f/s", kinds.isEmpty() ? "" : ", ",
					kind.getKey().wireName() + "s", count / kind.getValue()));
		}
		this.direct = landed / total;
		row("**ceiling: same rows loaded directly, 100 per `load`, one client with " + inFlight
				+ " in flight, no budget**", "%,d records in %.1f s = **%.0f records/s** (%s), %,d requests", landed,
				total, this.direct, kinds, requests.total());
		String versus = "**records/s through the service vs direct ingest, " + this.throttle + " throttle**";
		row(versus + ": events as they come (from the first publish)", "%.0f vs %.0f = **%.0f %%**",
				this.throughService, this.direct, 100 * this.throughService / this.direct);
		row(versus + ": a recorded backlog (from the drain's start)", "%.0f vs %.0f = **%.0f %%**", this.drained,
				this.direct, 100 * this.drained / this.direct);
	}

	String table(String loadAfter) {
		return String.format(Locale.ROOT,
				"""
						Workload: %,d users, %,d projects, %,d tasks; emulator throttle `%s`. Load average before / after: %s / %s

						| measure | value |
						|---|---|
						%s""",
				this.workload.users().size(), this.workload.projects().size(), this.workload.tasks().size(),
				this.throttle, this.loadBefore, loadAfter, this.rows);
	}

	private void row(String measure, String format, @Nullable Object... values) {
		this.rows.append("| ")
			.append(measure)
			.append(" | ")
			.append(String.format(Locale.ROOT, format, values))
			.append(" |\n");
	}

	private static double count(MeterRegistry meters, String name, EntityKind kind, @Nullable String outcome) {
		var search = meters.find(name).tag("kind", kind.wireName());
		if (outcome != null) {
			search = search.tag("outcome", outcome);
		}
		return search.counters().stream().mapToDouble(Counter::count).sum();
	}

	private static String calls(RequestCounts requests) {
		StringBuilder calls = new StringBuilder();
		new TreeMap<>(requests.perCall())
			.forEach((call, count) -> calls.append(calls.isEmpty() ? "" : ", ").append(call).append(' ').append(count));
		return calls.toString();
	}

}
