package com.geniusharmony.odooemulator.orm;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ModelMethodsTests {

	private final OrmFixture odoo = new OrmFixture();

	@Test
	void createsOneRecordForADictAndAListOfIdsForAList() {
		assertThat(this.odoo.call("res.partner", "create", Map.of("name", "A")).isIntegralNumber()).isTrue();
		JsonNode ids = this.odoo.call("res.partner", "create", List.of(Map.of("name", "B"), Map.of("name", "C")));
		assertThat(ids.isArray()).isTrue();
		assertThat(ids).hasSize(2);
	}

	@Test
	void readsManyToOneAsIdAndNameAndDatetimeAsText() {
		int project = this.odoo.create("project.project", Map.of("name", "Intranet"));
		int task = this.odoo.create("project.task",
				Map.of("name", "T", "project_id", project, "date_deadline", "2026-12-01 17:00:00"));
		assertThat(
				this.odoo.read("project.task", task, "project_id", "date_deadline", "stage_id", "user_ids").toString())
			.isEqualTo("{\"id\":" + task + ",\"project_id\":[" + project + ",\"Intranet\"],\"date_deadline\":"
					+ "\"2026-12-01 17:00:00\",\"stage_id\":false,\"user_ids\":[]}");
	}

	@Test
	void storesTaskDeadlinesAsDatesBeforeOdoo17() {
		OrmFixture odoo16 = new OrmFixture(16);
		int task = odoo16.create("project.task", Map.of("name", "T", "date_deadline", "2026-12-01 17:00:00"));
		assertThat(odoo16.read("project.task", task, "date_deadline").get("date_deadline").stringValue())
			.isEqualTo("2026-12-01");
		assertThat(odoo16.call("project.task", "fields_get", List.of("date_deadline"), List.of("type")).toString())
			.isEqualTo("{\"date_deadline\":{\"type\":\"date\"}}");
	}

	@Test
	void refusesADatetimeWithATimeZoneOrT() {
		OdooError error = this.odoo.error("project.task", "create",
				Map.of("name", "T", "date_deadline", "2026-12-01T17:00:00"));
		assertThat(error.type()).isEqualTo("builtins.ValueError");
		assertThat(error.getMessage())
			.isEqualTo("time data '2026-12-01T17:00:00' does not match format '%Y-%m-%d %H:%M:%S'");
	}

	@Test
	void refusesAMissingMandatoryFieldAsOdooDoes() {
		OdooError error = this.odoo.error("project.task", "create", Map.of("description", "no name"));
		assertThat(error.type()).isEqualTo("odoo.exceptions.ValidationError");
		assertThat(error.getMessage()).endsWith("Model: Task (project.task)\nField: Title (name)\n");
	}

	@Test
	void refusesUnknownFieldsAndSelectionValues() {
		assertThat(this.odoo.error("res.partner", "write", List.of(1), Map.of("nope", 1)).getMessage())
			.isEqualTo("Invalid field 'nope' on model 'res.partner'");
		OdooError selection = this.odoo.error("project.task", "create", Map.of("name", "T", "state", "done"));
		assertThat(selection.getMessage()).isEqualTo("Wrong value for project.task.state: 'done'");
	}

	@Test
	void refusesWritingMissingRecordsButReadsThemAsNothing() {
		OdooError error = this.odoo.error("res.partner", "write", List.of(4242, 4243), Map.of("name", "x"));
		assertThat(error.type()).isEqualTo("odoo.exceptions.MissingError");
		assertThat(error.getMessage())
			.isEqualTo("Record does not exist or has been deleted.\n(Record: res.partner(4242, 4243), User: 2)");
		assertThat(this.odoo.call("res.partner", "read", List.of(4242), List.of("name"))).isEmpty();
	}

	@Test
	void undoesEveryChangeOfAFailedCall() {
		int before = this.odoo.count("res.partner", List.of());
		this.odoo.error("res.partner", "create", List.of(Map.of("name", "ok"), Map.of("nope", 1)));
		assertThat(this.odoo.count("res.partner", List.of())).isEqualTo(before);
	}

	@Test
	void archivesAProjectWithItsTasksAndHidesThemFromSearches() {
		int project = this.odoo.create("project.project", Map.of("name", "P"));
		int task = this.odoo.create("project.task", Map.of("name", "T", "project_id", project));
		this.odoo.call("project.project", "write", List.of(project), Map.of("active", false));
		assertThat(this.odoo.read("project.task", task, "active").get("active").booleanValue()).isFalse();
		assertThat(this.odoo.call("project.task", "search", List.of(List.of("id", "=", task)))).isEmpty();
		assertThat(this.odoo.callKw("project.task", "search", List.of(List.of(List.of("id", "=", task))),
				Map.of("context", Map.of("active_test", false))))
			.hasSize(1);
		this.odoo.call("project.project", "write", List.of(project), Map.of("active", true));
		assertThat(this.odoo.read("project.task", task, "active").get("active").booleanValue()).isTrue();
	}

	@Test
	void deletesExternalIdsAndReferencesWithTheRecord() {
		JsonNode loaded = this.odoo.call("res.partner", "load", List.of("id", "name"), List.of(List.of("gh.p", "P")));
		int partner = loaded.get("ids").get(0).intValue();
		int project = this.odoo.create("project.project", Map.of("name", "P", "partner_id", partner));
		this.odoo.call("res.partner", "unlink", List.of(partner));
		assertThat(this.odoo.orm.resolveExternalId("gh.p")).isNull();
		assertThat(this.odoo.read("project.project", project, "partner_id").get("partner_id").booleanValue()).isFalse();
	}

	@Test
	void refusesDeletingTheAdministratorOrAUsersPartner() {
		assertThat(this.odoo.error("res.users", "unlink", List.of(2)).type()).isEqualTo("odoo.exceptions.UserError");
		assertThat(this.odoo.error("res.partner", "unlink", List.of(3)).type())
			.isEqualTo("odoo.exceptions.ValidationError");
	}

	@Test
	void createsAPartnerForANewUser() {
		int user = this.odoo.create("res.users", Map.of("login", "ann", "name", "Ann", "email", "ann@example.com"));
		JsonNode partner = this.odoo.read("res.users", user, "partner_id").get("partner_id");
		assertThat(partner.get(1).stringValue()).isEqualTo("Ann");
		assertThat(this.odoo.error("res.users", "create", Map.of("login", "ann", "name", "Ann 2")).getMessage())
			.contains("You can not have two users with the same login!");
	}

	@Test
	void appliesManyToManyCommandsAndIdLists() {
		int user = this.odoo.create("res.users", Map.of("login", "ann", "name", "Ann"));
		int task = this.odoo.create("project.task",
				Map.of("name", "T", "user_ids", List.of(List.of(6, 0, List.of(2)))));
		this.odoo.call("project.task", "write", List.of(task), Map.of("user_ids", List.of(List.of(4, user))));
		assertThat(this.odoo.read("project.task", task, "user_ids").get("user_ids").toString())
			.isEqualTo("[2," + user + "]");
		this.odoo.call("project.task", "write", List.of(task), Map.of("user_ids", List.of(user)));
		assertThat(this.odoo.read("project.task", task, "user_ids").get("user_ids").toString())
			.isEqualTo("[" + user + "]");
	}

	@Test
	void bindsArgumentsAsPythonAndNamesTheMismatch() {
		OdooError error = this.odoo.error("res.partner", "search");
		assertThat(error.type()).isEqualTo("builtins.TypeError");
		assertThat(error.getMessage()).isEqualTo("BaseModel.search() missing 1 required positional argument: 'domain'");
		assertThat(this.odoo.error("res.partner", "search_count", List.of(), 1, 2).getMessage())
			.isEqualTo("BaseModel.search_count() takes from 2 to 3 positional arguments but 4 were given");
	}

	@Test
	void describesFieldsWithTheAskedAttributes() {
		JsonNode fields = this.odoo.callKw("project.task", "fields_get", List.of(),
				Map.of("attributes", List.of("type", "relation", "required")));
		assertThat(fields.get("project_id").toString())
			.isEqualTo("{\"type\":\"many2one\",\"relation\":\"project.project\",\"required\":false}");
		assertThat(fields.get("date_deadline").get("type").stringValue()).isEqualTo("datetime");
	}

	@Test
	void refusesPrivateAndUnknownMethods() {
		assertThat(this.odoo.error("res.partner", "_compute_display_name", List.of()).type())
			.isEqualTo("odoo.exceptions.AccessError");
		assertThat(this.odoo.error("res.partner", "frobnicate", List.of()).type()).isEqualTo("builtins.AttributeError");
	}

}
