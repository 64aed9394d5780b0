package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A Python method signature (after {@code self}), binding positional and keyword
 * arguments as Python does, with Python's own {@code TypeError} messages for a call
 * ({@code missing 1 required positional argument: 'domain'}) and
 * {@code inspect.Signature.bind}'s for JSON-2's named arguments
 * ({@code missing a required argument: 'domain'}).
 *
 * @param qualifiedName the name in messages ({@code BaseModel.search})
 * @param params the parameters
 * @param varKeywords whether the method takes {@code **kwargs}
 * @param self whether Python counts a {@code self} among the positional arguments (a
 * method, not a function)
 */
public record Signature(String qualifiedName, List<Param> params, boolean varKeywords, boolean self) {

	/**
	 * A method's signature.
	 * @param qualifiedName the name in messages ({@code BaseModel.search})
	 * @param params the parameters after {@code self}
	 * @return the signature
	 */
	public static Signature of(String qualifiedName, Param... params) {
		return new Signature(qualifiedName, List.of(params), false, true);
	}

	/**
	 * A plain function's signature.
	 * @param qualifiedName the name in messages ({@code execute_kw})
	 * @param params the parameters
	 * @return the signature
	 */
	public static Signature function(String qualifiedName, Param... params) {
		return new Signature(qualifiedName, List.of(params), false, false);
	}

	Signature withVarKeywords() {
		return new Signature(this.qualifiedName, this.params, true, this.self);
	}

	/**
	 * Binds a call's positional and keyword arguments.
	 * @param positional the positional arguments
	 * @param keywords the keyword arguments
	 * @return every parameter's value (absent optional parameters omitted) plus extra
	 * keywords
	 */
	public Map<String, JsonNode> bindCall(List<JsonNode> positional, Map<String, JsonNode> keywords) {
		String name = this.qualifiedName + "()";
		if (positional.size() > this.params.size()) {
			int offset = this.self ? 1 : 0;
			long required = this.params.stream().filter(Param::required).count() + offset;
			long most = this.params.size() + offset;
			String takes = (required == most) ? String.valueOf(required) : "from " + required + " to " + most;
			long given = positional.size() + offset;
			throw OdooError.typeError(name + " takes " + takes + " positional argument" + ((most == 1) ? "" : "s")
					+ " but " + given + ((given == 1) ? " was" : " were") + " given");
		}
		Map<String, JsonNode> bound = new LinkedHashMap<>();
		for (int i = 0; i < positional.size(); i++) {
			bound.put(this.params.get(i).name(), positional.get(i));
		}
		for (Map.Entry<String, JsonNode> keyword : keywords.entrySet()) {
			if (bound.containsKey(keyword.getKey())) {
				throw OdooError.typeError(name + " got multiple values for argument '" + keyword.getKey() + "'");
			}
			if (!this.varKeywords && param(keyword.getKey()) == null) {
				throw OdooError.typeError(name + " got an unexpected keyword argument '" + keyword.getKey() + "'");
			}
			bound.put(keyword.getKey(), keyword.getValue());
		}
		List<String> missing = new ArrayList<>();
		this.params.stream()
			.filter((param) -> param.required() && !bound.containsKey(param.name()))
			.forEach((param) -> missing.add("'" + param.name() + "'"));
		if (!missing.isEmpty()) {
			throw OdooError.typeError(name + " missing " + missing.size() + " required positional argument"
					+ ((missing.size() == 1) ? "" : "s") + ": " + pythonList(missing));
		}
		return bound;
	}

	/**
	 * Binds named arguments only, as JSON-2 does with {@code inspect.Signature.bind}.
	 * @param keywords the named arguments
	 * @return the bound arguments
	 */
	public Map<String, JsonNode> bindNamed(Map<String, JsonNode> keywords) {
		for (String key : keywords.keySet()) {
			if (!this.varKeywords && param(key) == null) {
				throw OdooError.http(422, "got an unexpected keyword argument '" + key + "'");
			}
		}
		for (Param param : this.params) {
			if (param.required() && !keywords.containsKey(param.name())) {
				throw OdooError.http(422, "missing a required argument: '" + param.name() + "'");
			}
		}
		return new LinkedHashMap<>(keywords);
	}

	private @Nullable Param param(String name) {
		return this.params.stream().filter((param) -> param.name().equals(name)).findFirst().orElse(null);
	}

	static String pythonList(List<String> items) {
		if (items.size() <= 2) {
			return String.join(" and ", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.get(items.size() - 1);
	}

	/**
	 * One parameter; required when it has no default.
	 *
	 * @param name the name
	 * @param required whether the caller must give it
	 */
	public record Param(String name, boolean required) {

		public static Param required(String name) {
			return new Param(name, true);
		}

		public static Param optional(String name) {
			return new Param(name, false);
		}

	}

}
