package com.geniusharmony.odooemulator.orm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Decides whether a record matches a domain, with Odoo's semantics: negative operators
 * ({@code !=}, {@code not in}, {@code not ilike}) also match empty values, {@code like}
 * and {@code ilike} look for the value anywhere, relational fields compare ids or, given
 * text, display names, and dotted paths follow relations.
 */
final class DomainMatcher {

	private final Database db;

	private final ValueCodec codec;

	private final Map<String, Pattern> patterns = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
			return size() > 256;
		}
	};

	DomainMatcher(Database db, ValueCodec codec) {
		this.db = db;
		this.codec = codec;
	}

	boolean matches(ModelDef model, Row row, Domain domain) {
		if (domain instanceof Domain.Leaf leaf) {
			return leaf(model, row, leaf, 0);
		}
		if (domain instanceof Domain.And and) {
			return and.terms().stream().allMatch((term) -> matches(model, row, term));
		}
		if (domain instanceof Domain.Or or) {
			return or.terms().stream().anyMatch((term) -> matches(model, row, term));
		}
		if (domain instanceof Domain.Not not) {
			return !matches(model, row, not.term());
		}
		return ((Domain.Constant) domain).value();
	}

	private boolean leaf(ModelDef model, Row row, Domain.Leaf leaf, int depth) {
		String[] path = leaf.path();
		FieldDef field = model.field(path[depth]);
		if (field == null || (depth < path.length - 1 && !field.type().isRelational())) {
			throw OdooError.valueError("Invalid field " + model.name() + "." + path[depth] + " in leaf ("
					+ PythonRepr.string(String.join(".", path)) + ", " + PythonRepr.string(leaf.operator()) + ", "
					+ PythonRepr.of(leaf.value()) + ")");
		}
		if (depth == path.length - 1) {
			return terminal(model, field, row, leaf.operator(), leaf.value());
		}
		ModelDef comodel = this.db.registry().get(field.relationOrFail());
		for (Integer id : targets(field, row.get(field.name()))) {
			Row target = this.db.row(comodel.name(), id);
			if (target != null && leaf(comodel, target, leaf, depth + 1)) {
				return true;
			}
		}
		return false;
	}

	private boolean terminal(ModelDef model, FieldDef field, Row row, String operator, JsonNode value) {
		if (operator.equals("!=") || operator.startsWith("not ")) {
			String positive = operator.equals("!=") ? "=" : operator.substring(4);
			return !terminal(model, field, row, positive, value);
		}
		Object stored = field.name().equals("id") ? Integer.valueOf(row.id) : field.name().equals("display_name")
				? this.codec.displayName(model.name(), row) : row.get(field.name());
		if (field.type().isRelational()) {
			return relational(field, targets(field, stored), operator, value);
		}
		return switch (operator) {
			case "=" -> same(field, stored, value);
			case "in" -> contains(value, (item) -> same(field, stored, item));
			case "like", "ilike", "=like", "=ilike" ->
				value.isString() ? stored != null && like(stored.toString(), operator, value.stringValue())
						: same(field, stored, value);
			case "<", ">", "<=", ">=" -> ordered(stored, value, operator);
			default -> throw OdooError.valueError("Operator " + operator + " cannot be used on " + model.name() + "."
					+ field.name() + " in the emulator");
		};
	}

	private boolean relational(FieldDef field, List<Integer> ids, String operator, JsonNode value) {
		String comodel = field.relationOrFail();
		switch (operator) {
			case "=":
				if (!ValueCodec.truthy(value)) {
					return ids.isEmpty();
				}
				return value.isString() ? names(comodel, ids, (name) -> name.equals(value.stringValue()))
						: value.isIntegralNumber() && ids.contains(value.intValue());
			case "in":
				return contains(value, (item) -> relational(field, ids, "=", item));
			case "like", "ilike", "=like", "=ilike":
				return names(comodel, ids, (name) -> like(name, operator, value.asString("")));
			case "<", ">", "<=", ">=":
				return ids.stream().anyMatch((id) -> ordered(id, value, operator));
			case "any":
				Domain sub = Domain.parse(this.db.registry().get(comodel), value);
				return ids.stream()
					.map((id) -> this.db.row(comodel, id))
					.anyMatch((row) -> row != null && matches(this.db.registry().get(comodel), row, sub));
			default:
				throw OdooError.valueError("Invalid operator " + operator + " for " + field.name());
		}
	}

	private boolean names(String comodel, List<Integer> ids, java.util.function.Predicate<String> test) {
		for (Integer id : ids) {
			Row target = this.db.row(comodel, id);
			if (target != null && test.test(this.codec.displayName(comodel, target))) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(JsonNode values, java.util.function.Predicate<JsonNode> test) {
		if (!values.isArray()) {
			return test.test(values);
		}
		for (JsonNode value : values) {
			if (test.test(value)) {
				return true;
			}
		}
		return false;
	}

	private static List<Integer> targets(FieldDef field, @Nullable Object stored) {
		if (field.type() == FieldType.MANY2MANY) {
			return ValueCodec.ids(stored);
		}
		return (stored != null) ? List.of((Integer) stored) : List.of();
	}

	private static boolean same(FieldDef field, @Nullable Object stored, JsonNode value) {
		if (field.type() == FieldType.BOOLEAN) {
			boolean actual = Boolean.TRUE.equals(stored);
			return actual == ValueCodec.truthy(value);
		}
		if (value.isNull() || (value.isBoolean() && !value.booleanValue())) {
			return stored == null;
		}
		Integer comparison = (stored != null) ? compare(stored, value) : null;
		return comparison != null && comparison == 0;
	}

	private static boolean ordered(@Nullable Object stored, JsonNode value, String operator) {
		Integer comparison = (stored != null) ? compare(stored, value) : null;
		if (comparison == null) {
			return false;
		}
		return switch (operator) {
			case "<" -> comparison < 0;
			case ">" -> comparison > 0;
			case "<=" -> comparison <= 0;
			default -> comparison >= 0;
		};
	}

	/**
	 * Compares a stored value with a JSON value of the domain, or null if they cannot be
	 * compared.
	 */
	static @Nullable Integer compare(Object stored, JsonNode value) {
		try {
			if (stored instanceof Number number) {
				double other = value.isNumber() ? value.doubleValue() : Double.parseDouble(value.asString(""));
				return Double.compare(number.doubleValue(), other);
			}
			if (stored instanceof LocalDateTime datetime && value.isString()) {
				return datetime.compareTo(OdooDates.toDatetime(value.stringValue()));
			}
			if (stored instanceof LocalDate date && value.isString()) {
				return date.compareTo(OdooDates.toDate(value.stringValue()));
			}
			if (stored instanceof Boolean bool && value.isBoolean()) {
				return Boolean.compare(bool, value.booleanValue());
			}
			if (stored instanceof String text && (value.isString() || value.isNumber())) {
				return text.compareTo(value.isString() ? value.stringValue() : value.toString());
			}
			return null;
		}
		catch (NumberFormatException | OdooError ex) {
			return null;
		}
	}

	private boolean like(String text, String operator, String value) {
		boolean anywhere = operator.equals("like") || operator.equals("ilike");
		boolean ignoreCase = operator.contains("ilike");
		String sqlPattern = anywhere ? "%" + value + "%" : value;
		Pattern pattern = this.patterns.computeIfAbsent(ignoreCase + sqlPattern,
				(key) -> compile(sqlPattern, ignoreCase));
		return pattern.matcher(text).matches();
	}

	private static Pattern compile(String sqlPattern, boolean ignoreCase) {
		StringBuilder regex = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (char c : sqlPattern.toCharArray()) {
			if (c == '%' || c == '_') {
				regex.append(Pattern.quote(literal.toString())).append((c == '%') ? ".*" : ".");
				literal.setLength(0);
			}
			else {
				literal.append(c);
			}
		}
		regex.append(Pattern.quote(literal.toString()));
		int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
		return Pattern.compile(regex.toString(), flags);
	}

}
