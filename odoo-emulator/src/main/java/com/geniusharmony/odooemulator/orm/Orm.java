package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;

/**
 * The entry point of the wire protocols into the models: finds a model's public method
 * and calls it, each call in its own transaction, with JSON-RPC's positional arguments
 * ({@code execute_kw}, {@code call_kw}) or JSON-2's named ones; also the inspection and
 * seeding used by tests.
 */
public final class Orm {

	private final Database db;

	private final ModelMethods methods;

	private final RecordWriter writer;

	public Orm(Database db) {
		this.db = db;
		ValueCodec codec = new ValueCodec(db);
		this.writer = new RecordWriter(db, codec);
		this.methods = new ModelMethods(this.writer, new RecordReader(db, codec), new Searcher(db, codec),
				new Loader(db, this.writer, codec));
	}

	public Database database() {
		return this.db;
	}

	public @Nullable ModelDef model(String name) {
		return this.db.registry().find(name);
	}

	/**
	 * Finds a method clients may call, or fails as Odoo does: private names are an
	 * {@code AccessError}, unknown ones an {@code AttributeError}.
	 * @param model the model
	 * @param name the method name
	 * @return the method
	 */
	ModelMethod method(ModelDef model, String name) {
		if (name.startsWith("_")) {
			throw OdooError.accessError("Private methods (such as " + name + ") cannot be called remotely.");
		}
		ModelMethod method = this.methods.find(name);
		if (method == null && ModelMethods.NOT_EMULATED.contains(name)) {
			throw OdooError.of("builtins.NotImplementedError",
					"The Odoo emulator does not implement " + model.name() + "." + name);
		}
		if (method == null) {
			throw OdooError
				.attributeError("The method '" + name + "' does not exist on the model '" + model.name() + "'");
		}
		return method;
	}

	/**
	 * Checks that a method exists and may be called remotely, without calling it.
	 * @param model the model
	 * @param name the method name
	 * @return whether it is called without ids ({@code @api.model})
	 */
	public boolean isModelMethod(ModelDef model, String name) {
		return method(model, name).kind() != ModelMethod.Kind.RECORDS;
	}

	/**
	 * Calls a method as JSON-RPC does ({@code odoo.api.call_kw}): for record methods the
	 * first argument is the ids; {@code create} answers one id for one dict.
	 * @param env the caller
	 * @param model the model
	 * @param name the method
	 * @param args the positional arguments
	 * @param kwargs the keyword arguments ({@code context} included)
	 * @return the result
	 */
	public JsonNode callKw(Env env, ModelDef model, String name, List<JsonNode> args, Map<String, JsonNode> kwargs) {
		ModelMethod method = method(model, name);
		Map<String, JsonNode> keywords = new LinkedHashMap<>(kwargs);
		JsonNode context = keywords.remove("context");
		Env caller = (context != null) ? env.withContext(context) : env;
		boolean onRecords = method.kind() == ModelMethod.Kind.RECORDS;
		if (onRecords && args.isEmpty()) {
			throw OdooError.indexError("list index out of range");
		}
		List<Integer> recordIds = onRecords ? Args.ids(args.get(0)) : List.of();
		List<JsonNode> positional = onRecords ? args.subList(1, args.size()) : args;
		Map<String, JsonNode> bound = method.signature().bindCall(positional, keywords);
		return this.db.transaction(() -> {
			JsonNode result = method.body().invoke(caller, model, recordIds, new Args(bound));
			if (method.kind() == ModelMethod.Kind.CREATE) {
				if (positional.isEmpty()) {
					throw OdooError.indexError("tuple index out of range");
				}
				return positional.get(0).isObject() ? IntNode.valueOf(result.get(0).intValue()) : result;
			}
			return result;
		});
	}

	/**
	 * Calls a method as JSON-2 does: ids and named arguments only.
	 * @param env the caller
	 * @param model the model
	 * @param name the method
	 * @param ids the record ids (empty for model methods)
	 * @param params the named arguments
	 * @return the result
	 */
	public JsonNode callNamed(Env env, ModelDef model, String name, List<Integer> ids, Map<String, JsonNode> params) {
		ModelMethod method = method(model, name);
		if (method.kind() != ModelMethod.Kind.RECORDS && !ids.isEmpty()) {
			throw OdooError.http(422, "cannot call " + model.name() + "." + name + " with ids");
		}
		Map<String, JsonNode> bound = method.signature().bindNamed(params);
		return this.db.transaction(() -> method.body().invoke(env, model, ids, new Args(bound)));
	}

	/**
	 * Creates a user (and its partner) directly, for seeding.
	 * @param login the login
	 * @param name the name
	 * @param email the email, or null
	 * @return the user id
	 */
	public int createUser(String login, String name, @Nullable String email) {
		return this.db.transaction(() -> {
			Map<String, @Nullable Object> values = new HashMap<>();
			values.put("login", login);
			values.put("name", name);
			values.put("email", email);
			return this.writer.createStored(Env.of(1), this.db.registry().get("res.users"), values);
		});
	}

	/**
	 * Every record of a model, archived ones included, with their external ids.
	 * @param model the model
	 * @return the records, by id
	 */
	public List<RecordSnapshot> snapshot(String model) {
		return this.db.read(() -> {
			Map<Integer, List<String>> externalIds = new HashMap<>();
			for (Row data : this.db.rows(Database.DATA_MODEL)) {
				if (model.equals(data.get("model"))) {
					externalIds.computeIfAbsent((Integer) data.get("res_id"), (id) -> new ArrayList<>())
						.add(data.get("module") + "." + data.get("name"));
				}
			}
			List<RecordSnapshot> records = new ArrayList<>();
			for (Row row : this.db.rows(model)) {
				records
					.add(new RecordSnapshot(row.id, externalIds.getOrDefault(row.id, List.of()), row.copyOfValues()));
			}
			return records;
		});
	}

	/**
	 * The model and id an external id names, or null.
	 * @param xmlId the external id ({@code module.name})
	 * @return the model and id, or null
	 */
	public Map.@Nullable Entry<String, Integer> resolveExternalId(String xmlId) {
		return this.db.read(() -> {
			Row data = this.db.xmlIdRow(xmlId);
			return (data != null) ? Map.entry((String) data.get("model"), (Integer) data.get("res_id")) : null;
		});
	}

}
