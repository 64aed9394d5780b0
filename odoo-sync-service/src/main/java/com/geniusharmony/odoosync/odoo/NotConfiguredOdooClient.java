package com.geniusharmony.odoosync.odoo;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * The client while Odoo is not configured: every call fails at once with
 * {@link OdooErrorKind#NOT_CONFIGURED} and the reason (which variables are missing),
 * without sending anything.
 */
final class NotConfiguredOdooClient implements OdooClient {

	private final String reason;

	NotConfiguredOdooClient(String reason) {
		this.reason = reason;
	}

	@Override
	public Mono<OdooVersion> version() {
		return fail();
	}

	@Override
	public Mono<Long> authenticate() {
		return fail();
	}

	@Override
	public Mono<LoadResult> load(String model, List<String> fields, List<List<String>> rows) {
		return fail();
	}

	@Override
	public Mono<List<JsonNode>> searchRead(String model, List<?> domain, List<String> fields, boolean includeArchived,
			@Nullable String order, int limit) {
		return fail();
	}

	@Override
	public Mono<Void> write(String model, List<Long> ids, Map<String, Object> values) {
		return fail();
	}

	@Override
	public Mono<Void> unlink(String model, List<Long> ids) {
		return fail();
	}

	@Override
	public Mono<Map<String, OdooField>> fieldsGet(String model) {
		return fail();
	}

	private <T> Mono<T> fail() {
		return Mono.error(() -> new OdooException(OdooErrorKind.NOT_CONFIGURED, this.reason));
	}

}
