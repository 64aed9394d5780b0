package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/**
 * Runs searches: parses the domain, leaves archived records out unless the context sets
 * {@code active_test} to false or the domain names {@code active}, sorts by the given
 * order (else the model's {@code _order}) and applies offset and limit.
 */
final class Searcher {

	private final Database db;

	private final ValueCodec codec;

	private final DomainMatcher matcher;

	Searcher(Database db, ValueCodec codec) {
		this.db = db;
		this.codec = codec;
		this.matcher = new DomainMatcher(db, codec);
	}

	List<Integer> search(Env env, ModelDef model, JsonNode domain, int offset, @Nullable Integer limit,
			@Nullable String order) {
		List<Row> rows = filter(env, model, domain);
		rows.sort(comparator(model, (order != null && !order.isBlank()) ? order : model.defaultOrder()));
		List<Integer> ids = new ArrayList<>();
		int end = (limit != null) ? Math.min(rows.size(), offset + limit) : rows.size();
		for (int i = Math.max(0, offset); i < end; i++) {
			ids.add(rows.get(i).id);
		}
		return ids;
	}

	int count(Env env, ModelDef model, JsonNode domain, @Nullable Integer limit) {
		int count = filter(env, model, domain).size();
		return (limit != null) ? Math.min(count, limit) : count;
	}

	private List<Row> filter(Env env, ModelDef model, JsonNode domain) {
		Domain parsed = Domain.parse(model, domain);
		if (model.hasActive() && env.activeTest() && !parsed.mentions("active")) {
			parsed = new Domain.And(List.of(new Domain.Leaf(new String[] { "active" }, "=", BooleanNode.TRUE), parsed));
		}
		List<Row> rows = new ArrayList<>();
		for (Row row : this.db.rows(model.name())) {
			if (this.matcher.matches(model, row, parsed)) {
				rows.add(row);
			}
		}
		return rows;
	}

	private Comparator<Row> comparator(ModelDef model, String order) {
		Comparator<Row> comparator = null;
		for (String term : order.split(",")) {
			String[] words = term.trim().split("\\s+");
			FieldDef field = model.field(words[0]);
			boolean valid = field != null && field.type() != FieldType.MANY2MANY && words.length <= 4;
			boolean descending = valid && words.length > 1 && words[1].equalsIgnoreCase("desc");
			if (!valid || (words.length > 1 && !words[1].equalsIgnoreCase("asc") && !descending)) {
				throw OdooError.valueError("Invalid \"order\" specified (" + order + "). A valid \"order\" "
						+ "specification is a comma-separated list of valid field names (optionally followed by "
						+ "asc/desc for the direction)");
			}
			// PostgreSQL puts NULLs last in ascending order and first in descending
			// order, unless told otherwise.
			boolean nullsFirst = (words.length == 4) ? words[3].equalsIgnoreCase("first") : descending;
			Comparator<Row> next = byField(model, field, descending, nullsFirst);
			comparator = (comparator == null) ? next : comparator.thenComparing(next);
		}
		return (comparator != null) ? comparator.thenComparingInt((row) -> row.id)
				: Comparator.comparingInt((row) -> row.id);
	}

	private Comparator<Row> byField(ModelDef model, FieldDef field, boolean descending, boolean nullsFirst) {
		Comparator<Comparable<Object>> values = Comparator.naturalOrder();
		if (descending) {
			values = values.reversed();
		}
		Comparator<Comparable<Object>> withNulls = nullsFirst ? Comparator.nullsFirst(values)
				: Comparator.nullsLast(values);
		return Comparator.comparing((row) -> sortKey(model, field, row), withNulls);
	}

	@SuppressWarnings("unchecked")
	private @Nullable Comparable<Object> sortKey(ModelDef model, FieldDef field, Row row) {
		Object value;
		if (field.name().equals("id")) {
			value = row.id;
		}
		else if (field.name().equals("display_name")) {
			value = collationKey(this.codec.displayName(model.name(), row));
		}
		else if (field.type() == FieldType.MANY2ONE && row.get(field.name()) != null) {
			Row target = this.db.row(field.relationOrFail(), (Integer) row.get(field.name()));
			value = (target != null) ? collationKey(this.codec.displayName(field.relationOrFail(), target)) : null;
		}
		else {
			Object stored = row.get(field.name());
			value = (stored instanceof String text) ? collationKey(text) : stored;
		}
		return (Comparable<Object>) value;
	}

	/**
	 * Approximates the case-insensitive first pass of PostgreSQL's {@code en_US.UTF-8}
	 * collation.
	 */
	private static String collationKey(String text) {
		return text.toLowerCase(Locale.ROOT) + "\u0000" + text;
	}

}
