package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The behaviour of particular models that the field definitions do not say: a user gets a
 * partner, contacts need a name, logins and external ids are unique, archiving or
 * deleting a project does the same to its tasks, and the partner of a user cannot be
 * deleted.
 */
final class ModelRules {

	private final Database db;

	private final RecordWriter writer;

	ModelRules(Database db, RecordWriter writer) {
		this.db = db;
		this.writer = writer;
	}

	void beforeCreate(Env env, ModelDef model, Map<String, @Nullable Object> values) {
		if (model.name().equals("res.users") && values.get("partner_id") == null && values.get("name") != null) {
			Map<String, @Nullable Object> partner = new HashMap<>();
			partner.put("name", values.get("name"));
			partner.put("email", values.get("email"));
			values.put("partner_id", this.writer.createStored(env, this.db.registry().get("res.partner"), partner));
		}
	}

	void checkConstraints(ModelDef model, Map<String, @Nullable Object> values, @Nullable Integer selfId) {
		switch (model.name()) {
			case "res.partner" -> {
				if (values.get("name") == null) {
					throw OdooError.validation("The operation cannot be completed: Contacts require a name");
				}
			}
			case "res.users" -> {
				if (isTaken(model, "login", values.get("login"), selfId)) {
					throw OdooError.validation(
							"The operation cannot be completed: You can not have two users with the same login!");
				}
			}
			case Database.DATA_MODEL -> checkExternalId(values, selfId);
			default -> {
			}
		}
	}

	void afterWrite(Env env, ModelDef model, Row row, Map<String, @Nullable Object> previous) {
		Object active = row.get("active");
		if (model.name().equals("project.project") && !Objects.equals(active, previous.get("active"))) {
			// Odoo's project.write archives (or restores) the project's tasks along with
			// it.
			ModelDef tasks = this.db.registry().get("project.task");
			for (Row task : new ArrayList<>(this.db.rows(tasks.name()))) {
				if (Integer.valueOf(row.id).equals(task.get("project_id"))
						&& !Objects.equals(task.get("active"), active)) {
					Map<String, @Nullable Object> change = new HashMap<>();
					change.put("active", active);
					this.writer.writeStored(env, tasks, task, change);
				}
			}
		}
	}

	void beforeUnlink(Env env, ModelDef model, List<Integer> ids) {
		if (model.name().equals("res.users") && (ids.contains(1) || ids.contains(2))) {
			throw OdooError.userError("You can not remove the admin user as it is used internally for resources "
					+ "created by Odoo (updates, module installation, ...)");
		}
		if (model.name().equals("project.project")) {
			List<Integer> tasks = new ArrayList<>();
			for (Row task : this.db.rows("project.task")) {
				if (ids.contains(task.get("project_id"))) {
					tasks.add(task.id);
				}
			}
			if (!tasks.isEmpty()) {
				this.writer.unlink(env, this.db.registry().get("project.task"), tasks);
			}
		}
	}

	void checkRestrict(ModelDef model, FieldDef field) {
		if (model.name().equals("res.users") && field.name().equals("partner_id")) {
			throw OdooError.validation("The operation cannot be completed: another model requires the record being "
					+ "deleted. If possible, archive it instead.\n\nModel: User (res.users)\n"
					+ "Constraint: res_users_partner_id_fkey\n");
		}
	}

	private void checkExternalId(Map<String, @Nullable Object> values, @Nullable Integer selfId) {
		Object name = values.get("name");
		if (name != null && name.toString().contains(" ")) {
			throw OdooError.validation("The operation cannot be completed: External IDs cannot contain spaces");
		}
		Row existing = this.db.xmlIdRow(values.get("module") + "." + name);
		if (existing != null && !Objects.equals(existing.id, selfId)) {
			throw OdooError.validation("The operation cannot be completed: duplicate key value violates unique "
					+ "constraint \"ir_model_data_module_name_uniq_index\"\nDETAIL:  Key (module, name)=("
					+ values.get("module") + ", " + name + ") already exists.\n");
		}
	}

	private boolean isTaken(ModelDef model, String field, @Nullable Object value, @Nullable Integer selfId) {
		if (value == null) {
			return false;
		}
		for (Row row : this.db.rows(model.name())) {
			if (value.equals(row.get(field)) && !Objects.equals(row.id, selfId)) {
				return true;
			}
		}
		return false;
	}

}
