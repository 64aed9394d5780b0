package com.geniusharmony.odooemulator.orm;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class LoaderTests {

	private final OrmFixture odoo = new OrmFixture();

	@Test
	void upsertsByExternalIdSoTheSameRowTwiceKeepsOneRecord() {
		JsonNode first = this.odoo.call("res.partner", "load", List.of("id", "name", "email"),
				List.of(List.of("harmony.user_1", "Ann", "ann@example.com")));
		JsonNode second = this.odoo.call("res.partner", "load", List.of("id", "name"),
				List.of(List.of("harmony.user_1", "Ann Lee")));
		assertThat(second.get("ids")).isEqualTo(first.get("ids"));
		assertThat(second.get("messages")).isEmpty();
		assertThat(this.odoo.count("res.partner", List.of(List.of("email", "=", "ann@example.com")))).isEqualTo(1);
		assertThat(this.odoo.read("res.partner", first.get("ids").get(0).intValue(), "name", "email").toString())
			.isEqualTo("{\"id\":" + first.get("ids").get(0) + ",\"name\":\"Ann Lee\",\"email\":\"ann@example.com\"}");
	}

	@Test
	void refusesTheWholeBatchWhenOneRowIsBad() {
		this.odoo.call("project.project", "load", List.of("id", "name"), List.of(List.of("harmony.project_1", "P")));
		int tasksBefore = this.odoo.count("project.task", List.of());
		JsonNode result = this.odoo.call("project.task", "load", List.of("id", "name", "project_id/id"),
				List.of(List.of("harmony.task_1", "Good", "harmony.project_1"),
						List.of("harmony.task_2", "Bad", "harmony.project_missing")));
		assertThat(result.get("ids").isBoolean()).isTrue();
		assertThat(result.get("ids").booleanValue()).isFalse();
		JsonNode message = result.get("messages").get(0);
		assertThat(message.get("type").stringValue()).isEqualTo("error");
		assertThat(message.get("record").intValue()).isEqualTo(1);
		assertThat(message.get("field").stringValue()).isEqualTo("project_id");
		assertThat(message.get("message").stringValue())
			.isEqualTo("No matching record found for external id 'harmony.project_missing' in field 'Project'");
		assertThat(this.odoo.count("project.task", List.of())).isEqualTo(tasksBefore);
		assertThat(this.odoo.orm.resolveExternalId("harmony.task_1")).isNull();
	}

	@Test
	void resolvesReferencesByExternalIdNameAndDatabaseId() {
		int partner = this.odoo.create("res.partner", Map.of("name", "Customer"));
		JsonNode result = this.odoo.call("project.project", "load", List.of("id", "name", "partner_id", "user_id/.id"),
				List.of(List.of("harmony.project_1", "P", "Customer", "2")));
		int project = result.get("ids").get(0).intValue();
		JsonNode tasks = this.odoo.call("project.task", "load", List.of("id", "name", "project_id/id", "user_ids/id"),
				List.of(List.of("harmony.task_1", "T", "harmony.project_1", "base.user_admin")));
		assertThat(tasks.get("messages")).isEmpty();
		assertThat(this.odoo.read("project.project", project, "partner_id", "user_id").toString()).isEqualTo("{\"id\":"
				+ project + ",\"partner_id\":[" + partner + ",\"Customer\"],\"user_id\":[2," + "\"Administrator\"]}");
		assertThat(this.odoo.read("project.task", tasks.get("ids").get(0).intValue(), "project_id", "user_ids")
			.get("user_ids")
			.toString()).isEqualTo("[2]");
	}

	@Test
	void putsUnqualifiedExternalIdsInTheImportModule() {
		JsonNode result = this.odoo.call("res.partner", "load", List.of("id", "name"), List.of(List.of("user_9", "X")));
		assertThat(this.odoo.orm.resolveExternalId("__import__.user_9"))
			.isEqualTo(Map.entry("res.partner", result.get("ids").get(0).intValue()));
	}

	@Test
	void reportsAMissingMandatoryValueAsAMessage() {
		JsonNode result = this.odoo.call("project.project", "load", List.of("id", "name"),
				List.of(List.of("harmony.project_1", "")));
		assertThat(result.get("ids").booleanValue()).isFalse();
		assertThat(result.get("messages").get(0).get("message").stringValue())
			.isEqualTo("Missing required value for the field 'Name' (name)");
	}

	@Test
	void reportsADatetimeInAnotherFormatWithTheExpectedFormat() {
		JsonNode result = this.odoo.call("project.task", "load", List.of("name", "date_deadline"),
				List.of(List.of("T", "2026-12-01T10:00:00Z")));
		JsonNode message = result.get("messages").get(0);
		assertThat(message.get("message").stringValue())
			.isEqualTo("'2026-12-01T10:00:00Z' does not seem to be a valid datetime for field 'Deadline'");
		assertThat(message.get("moreinfo").stringValue()).isEqualTo("Use the format '2012-12-31 23:59:59'");
	}

	@Test
	void refusesAnUnknownColumnAsAValueError() {
		OdooError error = this.odoo.error("project.task", "load", List.of("id", "nope"), List.of(List.of("x", "y")));
		assertThat(error.type()).isEqualTo("builtins.ValueError");
		assertThat(error.getMessage()).isEqualTo("Invalid field name 'nope'");
	}

	@Test
	void recordsExternalIdsAsModelDataRows() {
		this.odoo.call("res.partner", "load", List.of("id", "name"), List.of(List.of("gh.user_1", "A")));
		JsonNode rows = this.odoo.callKw("ir.model.data", "search_read", List.of(List.of(List.of("module", "=", "gh"))),
				Map.of("fields", List.of("module", "name", "model")));
		assertThat(rows.get(0).get("name").stringValue()).isEqualTo("user_1");
		assertThat(rows.get(0).get("model").stringValue()).isEqualTo("res.partner");
	}

}
