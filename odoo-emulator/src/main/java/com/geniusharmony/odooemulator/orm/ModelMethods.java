package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.geniusharmony.odooemulator.orm.ModelMethod.Kind;
import com.geniusharmony.odooemulator.orm.Signature.Param;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The public methods every emulated model answers, with Odoo 18's signatures.
 */
final class ModelMethods {

	/**
	 * Methods real Odoo has but the emulator does not implement: they fail with
	 * NotImplementedError.
	 */
	static final Set<String> NOT_EMULATED = Set.of("copy", "copy_data", "default_get", "name_create", "read_group",
			"web_read", "web_search_read", "web_save", "onchange", "check_access_rights", "get_metadata", "export_data",
			"toggle_active", "search_fetch", "fetch", "browse");

	private final Map<String, ModelMethod> methods = new HashMap<>();

	ModelMethods(RecordWriter writer, RecordReader reader, Searcher searcher, Loader loader) {
		add("create", Kind.CREATE, Signature.of("BaseModel.create", Param.required("vals_list")),
				(env, model, ids, args) -> {
					JsonNode vals = args.node("vals_list");
					List<JsonNode> valsList = new ArrayList<>();
					if (vals.isArray()) {
						vals.forEach(valsList::add);
					}
					else {
						valsList.add(vals);
					}
					List<Integer> created = new ArrayList<>();
					valsList.forEach((one) -> created.add(writer.create(env, model, one)));
					return ValueCodec.idsJson(created);
				});
		add("write", Kind.RECORDS, Signature.of("BaseModel.write", Param.required("vals")), (env, model, ids, args) -> {
			writer.write(env, model, ids, args.node("vals"));
			return BooleanNode.TRUE;
		});
		add("read", Kind.RECORDS, Signature.of("BaseModel.read", Param.optional("fields"), Param.optional("load")),
				(env, model, ids, args) -> reader.read(model, ids, args.strings("fields")));
		add("unlink", Kind.RECORDS, Signature.of("BaseModel.unlink"), (env, model, ids, args) -> {
			writer.unlink(env, model, ids);
			return BooleanNode.TRUE;
		});
		add("search", Kind.MODEL,
				Signature.of("BaseModel.search", Param.required("domain"), Param.optional("offset"),
						Param.optional("limit"), Param.optional("order")),
				(env, model, ids, args) -> ValueCodec.idsJson(searcher.search(env, model, args.node("domain"),
						args.integer("offset", 0), args.integer("limit"), args.string("order"))));
		add("search_count", Kind.MODEL,
				Signature.of("BaseModel.search_count", Param.required("domain"), Param.optional("limit")),
				(env, model, ids, args) -> IntNode
					.valueOf(searcher.count(env, model, args.node("domain"), args.integer("limit"))));
		add("search_read", Kind.MODEL,
				Signature
					.of("BaseModel.search_read", Param.optional("domain"), Param.optional("fields"),
							Param.optional("offset"), Param.optional("limit"), Param.optional("order"))
					.withVarKeywords(),
				(env, model, ids, args) -> {
					args.extraKeywords(Set.of("domain", "fields", "offset", "limit", "order", "load"),
							"BaseModel.read");
					List<Integer> found = searcher.search(env, model, args.node("domain"), args.integer("offset", 0),
							args.integer("limit"), args.string("order"));
					return reader.read(model, found, args.strings("fields"));
				});
		add("load", Kind.MODEL, Signature.of("BaseModel.load", Param.required("fields"), Param.required("data")),
				(env, model, ids, args) -> loader.load(env, model, args.node("fields"), args.node("data")));
		add("fields_get", Kind.MODEL,
				Signature.of("BaseModel.fields_get", Param.optional("allfields"), Param.optional("attributes")),
				(env, model, ids, args) -> reader.fieldsGet(model, args.strings("allfields"),
						args.strings("attributes")));
		add("name_search", Kind.MODEL,
				Signature.of("BaseModel.name_search", Param.optional("name"), Param.optional("domain"),
						Param.optional("operator"), Param.optional("limit")),
				(env, model, ids, args) -> nameSearch(searcher, reader, env, model, args));
		add("exists", Kind.RECORDS, Signature.of("BaseModel.exists"),
				(env, model, ids,
						args) -> ValueCodec.idsJson(reader.read(model, ids, List.of("id"))
							.valueStream()
							.map((record) -> record.get("id").intValue())
							.toList()));
		add("action_archive", Kind.RECORDS, Signature.of("BaseModel.action_archive"),
				(env, model, ids, args) -> archive(writer, env, model, ids, false));
		add("action_unarchive", Kind.RECORDS, Signature.of("BaseModel.action_unarchive"),
				(env, model, ids, args) -> archive(writer, env, model, ids, true));
	}

	@Nullable ModelMethod find(String name) {
		return this.methods.get(name);
	}

	private void add(String name, Kind kind, Signature signature, ModelMethod.Body body) {
		this.methods.put(name, new ModelMethod(name, kind, signature, body));
	}

	private static JsonNode archive(RecordWriter writer, Env env, ModelDef model, List<Integer> ids, boolean active) {
		if (!model.hasActive()) {
			throw OdooError.attributeError("'" + model.name() + "' object has no attribute 'active'");
		}
		writer.write(env, model, ids, JsonNodeFactory.instance.objectNode().put("active", active));
		return BooleanNode.TRUE;
	}

	private static JsonNode nameSearch(Searcher searcher, RecordReader reader, Env env, ModelDef model, Args args) {
		String name = (args.string("name") != null) ? args.string("name") : "";
		String operator = (args.string("operator") != null) ? args.string("operator") : "ilike";
		ArrayNode domain = JsonNodeFactory.instance.arrayNode();
		JsonNode extra = args.node("domain");
		if (extra.isArray()) {
			extra.forEach(domain::add);
		}
		if (!name.isEmpty() || !operator.equals("ilike")) {
			domain.addArray().add("display_name").add(operator).add(name);
		}
		List<Integer> ids = searcher.search(env, model, domain, 0, args.integer("limit", 100), null);
		ArrayNode pairs = JsonNodeFactory.instance.arrayNode();
		reader.read(model, ids, List.of("display_name"))
			.forEach((record) -> pairs.addArray().add(record.get("id")).add(record.get("display_name")));
		return pairs;
	}

}
