package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Checks the way to Odoo step by step and says which step failed (the original guide's
 * {@code odoo_gateway._connect()}): the settings, DNS, TCP, TLS (for {@code +ssl}), Odoo
 * itself ({@code common.version}), the database, the credentials, and the API user's
 * rights on the models the sync writes. Once a step fails, the later ones are skipped.
 * Its requests spend the shared budget like any other; it bypasses the circuit breaker,
 * so that it tells what is wrong even while the circuit is open.
 */
public final class OdooConnectionCheck {

	private static final Logger logger = LoggerFactory.getLogger(OdooConnectionCheck.class);

	private final OdooProperties properties;

	private final OdooClients clients;

	OdooConnectionCheck(OdooProperties properties, OdooClients clients) {
		this.properties = properties;
		this.clients = clients;
	}

	/**
	 * Runs the check.
	 * @return what each step found
	 */
	public Mono<ConnectionReport> check() {
		String reason = this.properties.notConfiguredReason();
		if (reason != null) {
			List<ConnectionStep> steps = new ArrayList<>(List.of(ConnectionStep.failed("configuration", reason)));
			Stream
				.concat(Stream.of("dns", "tcp", "tls", "odoo", "database", "credentials"),
						AccessRightsProbe.stepNames().stream())
				.forEach((name) -> steps.add(ConnectionStep.skipped(name, "Odoo is not configured")));
			return Mono.just(ConnectionReport.of(steps));
		}
		// a fresh client: its first call logs in, whatever the application's client knows
		List<Stage> stages = stages(this.clients.protocolClient(this.properties));
		Mono<List<ConnectionStep>> done = Mono.just(List.of(ConnectionStep.ok("configuration",
				this.properties.protocol() + " to " + this.properties.host() + ":" + this.properties.effectivePort()
						+ ", database " + this.properties.db() + ", user " + this.properties.username())));
		for (Stage stage : stages) {
			done = done.flatMap((steps) -> stage.after(steps));
		}
		return done.map(ConnectionReport::of)
			.doOnNext((report) -> logger.info("Odoo connection check {}", report.ok() ? "passed" : "failed at "
					+ report.steps().stream().filter(ConnectionReport::failed).findFirst().orElseThrow().name()));
	}

	private List<Stage> stages(OdooProtocolClient client) {
		NetworkProbe network = new NetworkProbe(this.properties);
		List<Stage> stages = new ArrayList<>();
		stages.add(new Stage(List.of("dns"), () -> network.dns().map(List::of)));
		stages.add(new Stage(List.of("tcp"), () -> network.tcp().map(List::of)));
		stages.add(new Stage(List.of("tls"),
				() -> this.properties.protocol().secure() ? network.tls().map(List::of) : Mono.just(List
					.of(ConnectionStep.skipped("tls", "Not used: ODOO_PROTOCOL is " + this.properties.protocol())))));
		stages.add(new Stage(List.of("odoo"), () -> version(client)));
		stages.add(new Stage(List.of("database", "credentials"), () -> login(client)));
		stages.add(new Stage(AccessRightsProbe.stepNames(), () -> new AccessRightsProbe(client).check()));
		return stages;
	}

	private Mono<List<ConnectionStep>> version(OdooProtocolClient client) {
		return bounded(client.version())
			.map((version) -> List.of(ConnectionStep.ok("odoo",
					"Odoo " + version.serverVersion() + " answers " + this.properties.protocol())))
			.onErrorResume(OdooException.class,
					(failure) -> Mono.just(List.of(ConnectionStep.failed("odoo", failure.getMessage()))));
	}

	private Mono<List<ConnectionStep>> login(OdooProtocolClient client) {
		String database = "Database " + this.properties.db();
		return bounded(client.authenticate())
			.map((uid) -> List.of(ConnectionStep.ok("database", database + " exists"),
					ConnectionStep.ok("credentials",
							"Logged in as " + this.properties.username() + " (user " + uid + ")")))
			.onErrorResume(OdooException.class, (failure) -> Mono.just(switch (failure.kind()) {
				case UNKNOWN_DATABASE ->
					List.of(ConnectionStep.failed("database", failure.getMessage() + ": check ODOO_DB"),
							ConnectionStep.skipped("credentials", "The database does not exist"));
				case CREDENTIALS_REJECTED -> List.of(
						this.properties.protocol().json2()
								? ConnectionStep.skipped("database", "Not checked: JSON-2 checks the API key first")
								: ConnectionStep.ok("database", database + " exists"),
						ConnectionStep.failed("credentials", failure.getMessage()));
				default -> List.of(ConnectionStep.failed("database", failure.getMessage()),
						ConnectionStep.skipped("credentials", "The database could not be checked"));
			}));
	}

	private <T> Mono<T> bounded(Mono<T> call) {
		// the budget may hold a request back (a global pause after a rate limit)
		Duration limit = this.properties.connectTimeout().plus(this.properties.requestTimeout()).plusSeconds(5);
		return call.timeout(limit)
			.onErrorMap(TimeoutException.class,
					(timeout) -> new OdooException(OdooErrorKind.UNAVAILABLE,
							"No answer within " + limit.toSeconds()
									+ " s (the shared request budget may be paused after a rate limit)",
							null, timeout));
	}

	/**
	 * Steps checked together, skipped together once an earlier step failed.
	 */
	private record Stage(List<String> names, Supplier<Mono<List<ConnectionStep>>> run) {

		Mono<List<ConnectionStep>> after(List<ConnectionStep> done) {
			Mono<List<ConnectionStep>> these = done.stream().anyMatch(ConnectionReport::failed)
					? Mono.just(skipped("An earlier step failed")) : this.run.get();
			return these.map((steps) -> {
				List<ConnectionStep> all = new ArrayList<>(done);
				all.addAll(steps);
				return all;
			});
		}

		List<ConnectionStep> skipped(String why) {
			return this.names.stream().map((name) -> ConnectionStep.skipped(name, why)).toList();
		}

	}

}
