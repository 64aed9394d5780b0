package com.geniusharmony.odoosync.odoo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The access steps of the connection check: whether the API user may read, create and
 * write the models the sync writes, asked with {@code check_access_rights} (which writes
 * nothing). On a server that does not answer it (the emulator, for one), a harmless count
 * checks reading, and create and write are reported as not checked.
 */
final class AccessRightsProbe {

	static final List<String> MODELS = List.of("res.partner", "project.project", "project.task");

	static final List<String> OPERATIONS = List.of("read", "create", "write");

	private final OdooProtocolClient odoo;

	AccessRightsProbe(OdooProtocolClient odoo) {
		this.odoo = odoo;
	}

	static List<String> stepNames() {
		List<String> names = new ArrayList<>();
		MODELS.forEach((model) -> OPERATIONS.forEach((operation) -> names.add(name(model, operation))));
		return names;
	}

	Mono<List<ConnectionStep>> check() {
		return Flux.fromIterable(MODELS).concatMap(this::model).collectList();
	}

	private Flux<ConnectionStep> model(String model) {
		return checkAccessRights(model, "read").map(Optional::of)
			.onErrorResume(OdooException.class,
					(failure) -> unanswered(model, failure) ? Mono.just(Optional.empty()) : Mono.error(failure))
			.flatMapMany((read) -> read.isPresent()
					? Flux.concat(Mono.just(step(model, "read", read.get())), right(model, "create"),
							right(model, "write"))
					: Flux.concat(probeRead(model), notChecked(model, "create"), notChecked(model, "write")))
			.onErrorResume(OdooException.class, (failure) -> Flux.fromIterable(OPERATIONS)
				.map((operation) -> ConnectionStep.failed(name(model, operation), describe(model, failure))));
	}

	private Mono<ConnectionStep> right(String model, String operation) {
		return checkAccessRights(model, operation).map((granted) -> step(model, operation, granted))
			.onErrorResume(OdooException.class,
					(failure) -> Mono.just(ConnectionStep.failed(name(model, operation), describe(model, failure))));
	}

	private static ConnectionStep step(String model, String operation, boolean granted) {
		String name = name(model, operation);
		return granted ? ConnectionStep.ok(name, "The API user may " + operation + " " + model)
				: ConnectionStep.failed(name, "Odoo does not let the API user " + operation + " " + model
						+ ": give that user the rights of the Contacts and Project apps");
	}

	private Mono<Boolean> checkAccessRights(String model, String operation) {
		return this.odoo
			.call(new OdooCall(model, "check_access_rights"), Map.of("operation", operation, "raise_exception", false))
			.map((granted) -> granted.asBoolean(false));
	}

	private Mono<ConnectionStep> probeRead(String model) {
		String name = name(model, "read");
		return this.odoo.call(new OdooCall(model, "search_count"), Map.of("domain", List.of()))
			.map((count) -> ConnectionStep.ok(name, "The API user may read " + model + " (a count was answered)"))
			.onErrorResume(OdooException.class,
					(failure) -> Mono.just(ConnectionStep.failed(name, describe(model, failure))));
	}

	private static Mono<ConnectionStep> notChecked(String model, String operation) {
		return Mono.just(ConnectionStep.skipped(name(model, operation),
				"Not checked: this Odoo does not answer check_access_rights, and trying would change data"));
	}

	private static boolean unanswered(String model, OdooException failure) {
		return failure.kind() == OdooErrorKind.NOT_FOUND && !missingModel(model, failure);
	}

	private static boolean missingModel(String model, OdooException failure) {
		String message = String.valueOf(failure.getMessage());
		return message.contains("Object " + model + " doesn't exist")
				|| message.contains("'" + model + "' does not exist");
	}

	private static String describe(String model, OdooException failure) {
		if (failure.kind() == OdooErrorKind.NOT_FOUND && missingModel(model, failure)) {
			return "Odoo has no model " + model + ": is the " + (model.startsWith("project.") ? "Project" : "Contacts")
					+ " app installed?";
		}
		return failure.getMessage();
	}

	private static String name(String model, String operation) {
		return "access:" + model + ":" + operation;
	}

}
