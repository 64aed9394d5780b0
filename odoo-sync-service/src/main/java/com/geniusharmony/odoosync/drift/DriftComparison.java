package com.geniusharmony.odoosync.drift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.odoosync.mapping.ExternalIds;
import com.geniusharmony.odoosync.mapping.OdooMapping;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Compares core-service's entities with the Odoo records of the sync, field by field, by
 * the rules the sync writes with: a contact's name, email and active flag; a project's
 * name, active flag (not archived) and partner (its owner's contact); a task's name,
 * project, deadline (the date part, whichever type Odoo keeps it in) and active flag
 * (false while its project is archived). References are compared by external id. An
 * archived task without an entity is a deleted task, as expected.
 */
final class DriftComparison {

	private DriftComparison() {
	}

	static List<Finding> compare(CoreSnapshot core, OdooSnapshot odoo) {
		Set<String> archivedProjects = core.projects()
			.stream()
			.filter((project) -> project.path("archived").asBoolean(false))
			.map(DriftComparison::id)
			.collect(Collectors.toSet());
		List<Finding> findings = new ArrayList<>();
		compare(core.users(), odoo.users(),
				(user, contact) -> List.of(
						new Field("name", OdooMapping.contactName(user(user)), text(contact, "name")),
						new Field("email", text(user, "email"), text(contact, "email")),
						new Field("active", user.path("active").asBoolean(), contact.path("active").asBoolean())),
				(contact) -> true, findings);
		compare(core.projects(), odoo.projects(),
				(project, record) -> List.of(new Field("name", text(project, "name"), text(record, "name")),
						new Field("active", !project.path("archived").asBoolean(), record.path("active").asBoolean()),
						new Field("partner", ExternalIds.of(EntityKind.USER, project.path("owner_id").asString("")),
								reference(record.path("partner_id"), odoo.users()))),
				(record) -> true, findings);
		compare(core.tasks(), odoo.tasks(),
				(task, record) -> List.of(new Field("name", text(task, "title"), text(record, "name")),
						new Field("project", ExternalIds.of(EntityKind.PROJECT, task.path("project_id").asString("")),
								reference(record.path("project_id"), odoo.projects())),
						new Field("deadline", text(task, "deadline"), datePart(text(record, "date_deadline"))),
						new Field("active",
								!OdooMapping.taskArchived(false,
										archivedProjects.contains(task.path("project_id").asString(""))),
								record.path("active").asBoolean())),
				// the archived record of a deleted task is what the sync leaves behind
				(record) -> record.path("active").asBoolean(), findings);
		return findings;
	}

	private static void compare(List<JsonNode> entities, OdooRecords records,
			BiFunction<JsonNode, JsonNode, List<Field>> fields, Predicate<JsonNode> strayUnlessInCore,
			List<Finding> findings) {
		Set<String> ids = new HashSet<>();
		for (JsonNode entity : entities) {
			String id = id(entity);
			ids.add(id);
			long version = entity.path("version").asLong();
			JsonNode record = records.record(id);
			if (record == null) {
				findings.add(Finding.missing(records.kind(), id, version));
				continue;
			}
			for (Field field : fields.apply(entity, record)) {
				if (!Objects.equals(field.core(), field.odoo())) {
					findings.add(new Finding(Finding.Type.DIFFERENT, records.kind(), id, record.path("id").asLong(),
							version, field.name(), field.core(), field.odoo()));
				}
			}
		}
		records.byEntity()
			.entrySet()
			.stream()
			.filter((record) -> !ids.contains(record.getKey()) && strayUnlessInCore.test(record.getValue()))
			.map((record) -> Finding.stray(records.kind(), record.getKey(), record.getValue().path("id").asLong()))
			.forEach(findings::add);
	}

	private static UserState user(JsonNode user) {
		return new UserState(id(user), user.path("username").asString(""), user.path("email").asString(""),
				user.path("first_name").asString(""), user.path("last_name").asString(""),
				user.path("active").asBoolean());
	}

	private static String id(JsonNode entity) {
		return entity.path("id").asString("");
	}

	/**
	 * A text value, null when empty: core-service writes "none" as an empty string or
	 * null, Odoo as {@code false}.
	 */
	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isString() && !value.stringValue().isEmpty()) ? value.stringValue() : null;
	}

	private static @Nullable String datePart(@Nullable String dateOrDatetime) {
		// Odoo 17 and later keep a task's deadline as "YYYY-MM-DD HH:MM:SS", Odoo 16 as a
		// date
		return (dateOrDatetime != null && dateOrDatetime.length() >= 10) ? dateOrDatetime.substring(0, 10)
				: dateOrDatetime;
	}

	/**
	 * A many2one ({@code [id, "name"]} or {@code false}) as the external id of the record
	 * it points to, or its model and id when that record is not the sync's.
	 */
	private static @Nullable String reference(JsonNode many2one, OdooRecords targets) {
		if (!many2one.isArray() || many2one.isEmpty()) {
			return null;
		}
		long odooId = many2one.get(0).asLong();
		String entityId = targets.entityOf(odooId);
		return (entityId != null) ? ExternalIds.of(targets.kind(), entityId)
				: OdooMapping.model(targets.kind()) + " " + odooId;
	}

	private record Field(String name, @Nullable Object core, @Nullable Object odoo) {

	}

}
