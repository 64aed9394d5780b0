package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A search domain in Odoo's prefix notation
 * ({@code ['|', ('a', '=', 1), ('b', 'ilike', 'x')]}), parsed into a tree. Consecutive
 * terms are implicitly and-ed.
 */
sealed interface Domain {

	Set<String> OPERATORS = Set.of("=", "!=", "<>", "<", ">", "<=", ">=", "in", "not in", "like", "not like", "ilike",
			"not ilike", "=like", "=ilike", "any", "not any");

	static Domain parse(ModelDef model, JsonNode domain) {
		if (domain.isNull() || domain.isMissingNode() || (domain.isBoolean() && !domain.booleanValue())) {
			return new Constant(true);
		}
		if (!domain.isArray()) {
			throw OdooError.valueError("Invalid domain: " + PythonRepr.of(domain));
		}
		Iterator<JsonNode> tokens = domain.iterator();
		List<Domain> terms = new ArrayList<>();
		while (tokens.hasNext()) {
			terms.add(next(model, domain, tokens));
		}
		return (terms.size() == 1) ? terms.get(0) : new And(terms);
	}

	private static Domain next(ModelDef model, JsonNode domain, Iterator<JsonNode> tokens) {
		if (!tokens.hasNext()) {
			throw OdooError.valueError("Domain " + PythonRepr.of(domain) + " is syntactically not correct.");
		}
		JsonNode token = tokens.next();
		if (token.isString()) {
			return switch (token.stringValue()) {
				case "&" -> new And(List.of(next(model, domain, tokens), next(model, domain, tokens)));
				case "|" -> new Or(List.of(next(model, domain, tokens), next(model, domain, tokens)));
				case "!" -> new Not(next(model, domain, tokens));
				default -> throw OdooError.valueError("Invalid domain term " + PythonRepr.of(token));
			};
		}
		if (token.isBoolean()) {
			return new Constant(token.booleanValue());
		}
		if (!token.isArray() || token.size() != 3) {
			throw OdooError.valueError("Invalid leaf " + PythonRepr.of(token));
		}
		return leaf(model, token);
	}

	private static Domain leaf(ModelDef model, JsonNode token) {
		JsonNode left = token.get(0);
		JsonNode operator = token.get(1);
		if (left.isIntegralNumber()) {
			// TRUE_LEAF (1, '=', 1) and FALSE_LEAF (0, '=', 1)
			return new Constant(left.intValue() == token.get(2).asInt(-1));
		}
		if (!left.isString() || !operator.isString()
				|| !OPERATORS.contains(operator.stringValue().toLowerCase(Locale.ROOT))) {
			throw OdooError.valueError("Invalid leaf " + PythonRepr.tuple(token));
		}
		String path = left.stringValue();
		String first = path.split("\\.", 2)[0];
		if (model.field(first) == null) {
			throw OdooError
				.valueError("Invalid field " + model.name() + "." + first + " in leaf " + PythonRepr.tuple(token));
		}
		String op = operator.stringValue().toLowerCase(Locale.ROOT);
		return new Leaf(path.split("\\."), op.equals("<>") ? "!=" : op, token.get(2));
	}

	/**
	 * Whether the domain names a field anywhere (Odoo adds no {@code active} filter when
	 * it names {@code active}).
	 */
	default boolean mentions(String field) {
		if (this instanceof Leaf leaf) {
			return leaf.path()[0].equals(field);
		}
		if (this instanceof And and) {
			return and.terms().stream().anyMatch((term) -> term.mentions(field));
		}
		if (this instanceof Or or) {
			return or.terms().stream().anyMatch((term) -> term.mentions(field));
		}
		return (this instanceof Not not) && not.term().mentions(field);
	}

	record Leaf(String[] path, String operator, JsonNode value) implements Domain {
	}

	record And(List<Domain> terms) implements Domain {
	}

	record Or(List<Domain> terms) implements Domain {
	}

	record Not(Domain term) implements Domain {
	}

	record Constant(boolean value) implements Domain {
	}

}
