package com.geniusharmony.odoosync.odoo;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The calls the sync makes to Odoo, whatever the protocol ({@code jsonrpc} or
 * {@code json2}). Every call fails with an {@link OdooException} whose
 * {@link OdooException#kind() kind} says what went wrong; none of them ever carries the
 * password or API key.
 *
 * <p>
 * Implementations exist per protocol; the one the application injects also spends the
 * shared request budget and applies retries and the circuit breaker, so callers never see
 * the difference.
 */
public interface OdooClient {

	/**
	 * The server's version ({@code common.version}); needs no credentials.
	 * @return the version Odoo reports
	 */
	Mono<OdooVersion> version();

	/**
	 * Checks the credentials ({@code common.login}, or for JSON-2 a cheap authenticated
	 * call) and returns the API user's id.
	 * @return the uid of the API user; fails with
	 * {@link OdooErrorKind#CREDENTIALS_REJECTED} if Odoo refuses the login
	 */
	Mono<Long> authenticate();

	/**
	 * Readies what the other calls send their credentials with: JSON-RPC logs in for the
	 * user id its calls carry, once, unless it already has; a protocol that sends its key
	 * with every call checks the key ({@link #authenticate()}).
	 * @return done once the calls can be sent; fails as {@link #authenticate()} does
	 */
	default Mono<Void> openSession() {
		return authenticate().then();
	}

	/**
	 * Upserts rows by external id ({@code model.load}); the first column is {@code id}
	 * and references may use {@code field/id} (external id) or {@code field/.id}
	 * (database id).
	 * @param model the Odoo model, such as {@code res.partner}
	 * @param fields the column names
	 * @param rows the rows, every value as Odoo's import format writes it
	 * @return the ids written in row order, or the messages explaining why Odoo refused
	 * the whole batch
	 */
	Mono<LoadResult> load(String model, List<String> fields, List<List<String>> rows);

	/**
	 * Reads the records matching a domain ({@code search_read}).
	 * @param model the Odoo model
	 * @param domain the domain, as Odoo's nested lists
	 * @param fields the fields to read ({@code id} always comes back)
	 * @param includeArchived whether archived records match too ({@code active_test:
	 * false})
	 * @return the records, each a JSON object
	 */
	default Mono<List<JsonNode>> searchRead(String model, List<?> domain, List<String> fields,
			boolean includeArchived) {
		return searchRead(model, domain, fields, includeArchived, null, 0);
	}

	/**
	 * Reads one page of the records matching a domain ({@code search_read} with an order
	 * and a limit).
	 * @param model the Odoo model
	 * @param domain the domain, as Odoo's nested lists
	 * @param fields the fields to read ({@code id} always comes back)
	 * @param includeArchived whether archived records match too
	 * @param order the order, such as {@code write_date asc, id asc}, or {@code null} for
	 * the model's
	 * @param limit the most records to read, 0 for all
	 * @return the records, each a JSON object
	 */
	Mono<List<JsonNode>> searchRead(String model, List<?> domain, List<String> fields, boolean includeArchived,
			@Nullable String order, int limit);

	/**
	 * Writes the same values on records ({@code write}).
	 * @param model the Odoo model
	 * @param ids the records' ids
	 * @param values field values, as JSON-RPC writes them
	 * @return completes once Odoo has written them
	 */
	Mono<Void> write(String model, List<Long> ids, Map<String, Object> values);

	/**
	 * Deletes records ({@code unlink}).
	 * @param model the Odoo model
	 * @param ids the records' ids
	 * @return completes once Odoo has deleted them
	 */
	Mono<Void> unlink(String model, List<Long> ids);

	/**
	 * The field definitions of a model ({@code fields_get}).
	 * @param model the Odoo model
	 * @return the fields by name
	 */
	Mono<Map<String, OdooField>> fieldsGet(String model);

}
