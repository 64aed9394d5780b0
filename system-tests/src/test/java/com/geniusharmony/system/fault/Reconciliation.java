package com.geniusharmony.system.fault;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.system.api.CoreApi;
import com.geniusharmony.system.api.OdooView;

/**
 * Compares core-service and Odoo field by field: every user, project and task of
 * core-service has exactly one Odoo record with its values, and Odoo holds no other
 * active record of the sync. Answers the differences, none when both sides agree.
 */
final class Reconciliation {

	private final CoreApi core;

	private final OdooView odoo;

	private final String adminToken;

	Reconciliation(CoreApi core, OdooView odoo, String adminToken) {
		this.core = core;
		this.odoo = odoo;
		this.adminToken = adminToken;
	}

	List<String> differences() {
		List<String> differences = new ArrayList<>();
		List<JsonNode> users = this.core.all(this.adminToken, "/api/users");
		List<JsonNode> projects = this.core.all(this.adminToken, "/api/projects");
		List<JsonNode> tasks = this.core.all(this.adminToken, "/api/tasks");
		Map<String, Integer> partners = new HashMap<>();
		for (JsonNode user : users) {
			String id = user.get("id").asString();
			Optional<OdooRecord> partner = this.odoo.partnerOf(id);
			if (partner.isEmpty()) {
				differences.add("user " + id + " has no Odoo contact");
				continue;
			}
			partners.put(id, partner.get().id());
			compare(differences, "user " + id, "name", expectedName(user), partner.get().get("name"));
			compare(differences, "user " + id, "email", user.get("email").asString(), partner.get().get("email"));
			compare(differences, "user " + id, "active", user.get("active").asBoolean(), partner.get().active());
		}
		Map<String, Integer> odooProjects = new HashMap<>();
		Map<String, Boolean> archivedProjects = new HashMap<>();
		for (JsonNode project : projects) {
			String id = project.get("id").asString();
			archivedProjects.put(id, project.get("archived").asBoolean());
			Optional<OdooRecord> record = this.odoo.projectOf(id);
			if (record.isEmpty()) {
				differences.add("project " + id + " is not in Odoo");
				continue;
			}
			odooProjects.put(id, record.get().id());
			compare(differences, "project " + id, "name", project.get("name").asString(), record.get().get("name"));
			compare(differences, "project " + id, "active", !project.get("archived").asBoolean(),
					record.get().active());
			compare(differences, "project " + id, "partner_id", partners.get(project.get("owner_id").asString()),
					record.get().get("partner_id"));
		}
		for (JsonNode task : tasks) {
			String id = task.get("id").asString();
			Optional<OdooRecord> record = this.odoo.taskOf(id);
			if (record.isEmpty()) {
				differences.add("task " + id + " is not in Odoo");
				continue;
			}
			String projectId = task.get("project_id").asString();
			compare(differences, "task " + id, "name", task.get("title").asString(), record.get().get("name"));
			compare(differences, "task " + id, "project_id", odooProjects.get(projectId),
					record.get().get("project_id"));
			compare(differences, "task " + id, "active", !archivedProjects.getOrDefault(projectId, false),
					record.get().active());
			Object deadline = record.get().get("date_deadline");
			String odooDay = (deadline != null) ? deadline.toString().substring(0, 10) : null;
			compare(differences, "task " + id, "date_deadline",
					task.get("deadline").isNull() ? null : task.get("deadline").asString(), odooDay);
		}
		differences.addAll(strays("res.partner", "harmony.user_", ids(users), true));
		differences.addAll(strays("project.project", "harmony.project_", ids(projects), true));
		// a task deleted in core-service stays in Odoo, archived
		differences.addAll(strays("project.task", "harmony.task_", ids(tasks), false));
		for (String model : List.of("res.partner", "project.project", "project.task")) {
			int created = this.odoo.unsyncedCreatedSinceStart(model);
			if (created > 0) {
				differences.add(created + " " + model + " records without an external id of the sync: duplicates");
			}
		}
		return differences;
	}

	private List<String> strays(String model, String prefix, Set<String> coreIds, boolean evenArchived) {
		List<String> strays = new ArrayList<>();
		for (OdooRecord record : this.odoo.synced(model)) {
			String entityId = record.externalIds()
				.stream()
				.filter((id) -> id.startsWith(prefix))
				.map((id) -> id.substring(prefix.length()))
				.findFirst()
				.orElse(null);
			if (entityId != null && !coreIds.contains(entityId) && (evenArchived || record.active())) {
				strays.add(model + " " + record.id() + " (" + prefix + entityId + ") has no entity in core-service");
			}
		}
		return strays;
	}

	private static Set<String> ids(List<JsonNode> entities) {
		return entities.stream().map((entity) -> entity.get("id").asString()).collect(Collectors.toSet());
	}

	private static String expectedName(JsonNode user) {
		String name = (user.get("first_name").asString().strip() + " " + user.get("last_name").asString().strip())
			.strip();
		return name.isEmpty() ? user.get("username").asString() : name;
	}

	private static void compare(List<String> differences, String entity, String field, @Nullable Object expected,
			@Nullable Object actual) {
		// Odoo answers an empty text as False, which the emulator shows as no value
		Object wanted = "".equals(expected) ? null : expected;
		if (wanted == null ? actual != null : !wanted.equals(actual)) {
			differences.add(entity + ": " + field + " is " + actual + " in Odoo, " + expected + " in core-service");
		}
	}

}
