package com.geniusharmony.odoosync.drift;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.events.odoolink.EntityKind;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DriftComparisonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNode ADA = json("""
			{"id": "1", "username": "ada", "email": "ada@example.com", "first_name": "Ada", "last_name": "Lovelace",
			 "active": true, "version": 2}""");

	private static final JsonNode NONAME = json("""
			{"id": "2", "username": "nobody", "email": "", "first_name": " ", "last_name": "", "active": false,
			 "version": 3}""");

	private static final JsonNode APOLLO = json("""
			{"id": "10", "name": "Apollo", "owner_id": "1", "archived": false, "version": 1}""");

	private static final JsonNode GEMINI = json("""
			{"id": "11", "name": "Gemini", "owner_id": "2", "archived": true, "version": 4}""");

	private static final JsonNode LAUNCH = json("""
			{"id": "100", "project_id": "10", "title": "Launch", "deadline": "2026-07-16", "version": 1}""");

	private static final JsonNode REVIEW = json("""
			{"id": "101", "project_id": "11", "title": "Review", "deadline": null, "version": 2}""");

	private static final CoreSnapshot CORE = new CoreSnapshot(List.of(ADA, NONAME), List.of(APOLLO, GEMINI),
			List.of(LAUNCH, REVIEW));

	@Test
	void findsNothingWhenOdooHoldsWhatTheSyncWrites() {
		assertThat(DriftComparison.compare(CORE, inStep())).isEmpty();
	}

	@Test
	void readsADeadlineKeptAsADateAsWellAsOneKeptAsADatetime() {
		OdooSnapshot odoo16 = new OdooSnapshot(users(), projects(), tasks(json("""
				{"id": 300, "name": "Launch", "project_id": [200, "Apollo"], "date_deadline": "2026-07-16",
				 "active": true}"""),
				json("""
						{"id": 301, "name": "Review", "project_id": [201, "Gemini"], "date_deadline": false, "active": false}""")));
		assertThat(DriftComparison.compare(CORE, odoo16)).isEmpty();
	}

	@Test
	void reportsEachFieldThatDiffers() {
		OdooSnapshot odoo = new OdooSnapshot(records(EntityKind.USER, Map.of("1", json("""
				{"id": 50, "name": "Ada King", "email": "ada@example.com", "active": true}"""), "2", json("""
				{"id": 51, "name": "nobody", "email": "x@example.com", "active": true}"""))),
				records(EntityKind.PROJECT, Map.of("10", json("""
						{"id": 200, "name": "Apollo", "active": true, "partner_id": [51, "nobody"]}"""), "11", json("""
						{"id": 201, "name": "Gemini", "active": true, "partner_id": [7, "Someone else"]}"""))),
				tasks(json(
						"""
								{"id": 300, "name": "Launch", "project_id": [201, "Gemini"], "date_deadline": "2026-07-17 00:00:00",
								 "active": true}"""),
						json("""
								{"id": 301, "name": "Review", "project_id": [201, "Gemini"], "date_deadline": false, "active": true}""")));
		assertThat(DriftComparison.compare(CORE, odoo))
			.extracting(Finding::kind, Finding::id, Finding::field, Finding::core, Finding::odoo)
			.containsExactlyInAnyOrder(row(EntityKind.USER, "1", "name", "Ada Lovelace", "Ada King"),
					row(EntityKind.USER, "2", "email", null, "x@example.com"),
					row(EntityKind.USER, "2", "active", false, true),
					row(EntityKind.PROJECT, "10", "partner", "harmony.user_1", "harmony.user_2"),
					row(EntityKind.PROJECT, "11", "active", false, true),
					row(EntityKind.PROJECT, "11", "partner", "harmony.user_2", "res.partner 7"),
					row(EntityKind.TASK, "100", "project", "harmony.project_10", "harmony.project_11"),
					row(EntityKind.TASK, "100", "deadline", "2026-07-16", "2026-07-17"),
					row(EntityKind.TASK, "101", "active", false, true));
	}

	@Test
	void reportsEntitiesMissingInOdooAndRecordsCoreServiceDoesNotHave() {
		CoreSnapshot core = new CoreSnapshot(List.of(ADA), List.of(APOLLO, GEMINI), List.of(LAUNCH, REVIEW, json("""
				{"id": "102", "project_id": "10", "title": "Land", "deadline": null, "version": 1}""")));
		List<Finding> findings = DriftComparison.compare(core, inStep());
		assertThat(findings).extracting(Finding::type, Finding::kind, Finding::id, Finding::odooId)
			.containsExactlyInAnyOrder(tuple(Finding.Type.NOT_IN_CORE, EntityKind.USER, "2", 51L),
					tuple(Finding.Type.MISSING_IN_ODOO, EntityKind.TASK, "102", null));
	}

	@Test
	void takesTheArchivedRecordOfADeletedTaskForWhatTheSyncLeavesButNotAnActiveOne() {
		CoreSnapshot core = new CoreSnapshot(List.of(ADA, NONAME), List.of(APOLLO, GEMINI), List.of(REVIEW));
		assertThat(DriftComparison.compare(core, inStep())).extracting(Finding::type, Finding::id)
			.containsExactly(tuple(Finding.Type.NOT_IN_CORE, "100"));
		OdooSnapshot archived = new OdooSnapshot(users(), projects(), tasks(
				json("""
						{"id": 300, "name": "Launch", "project_id": [200, "Apollo"], "date_deadline": false, "active": false}"""),
				task301()));
		assertThat(DriftComparison.compare(core, archived)).isEmpty();
	}

	private static OdooSnapshot inStep() {
		return new OdooSnapshot(users(), projects(), tasks(json("""
				{"id": 300, "name": "Launch", "project_id": [200, "Apollo"], "date_deadline": "2026-07-16 00:00:00",
				 "active": true}"""), task301()));
	}

	private static JsonNode task301() {
		return json(
				"""
						{"id": 301, "name": "Review", "project_id": [201, "Gemini"], "date_deadline": false, "active": false}""");
	}

	private static OdooRecords users() {
		return records(EntityKind.USER, Map.of("1", json("""
				{"id": 50, "name": "Ada Lovelace", "email": "ada@example.com", "active": true}"""), "2", json("""
				{"id": 51, "name": "nobody", "email": false, "active": false}""")));
	}

	private static OdooRecords projects() {
		return records(EntityKind.PROJECT, Map.of("10", json("""
				{"id": 200, "name": "Apollo", "active": true, "partner_id": [50, "Ada Lovelace"]}"""), "11", json("""
				{"id": 201, "name": "Gemini", "active": false, "partner_id": [51, "nobody"]}""")));
	}

	private static OdooRecords tasks(JsonNode launch, JsonNode review) {
		return records(EntityKind.TASK, Map.of("100", launch, "101", review));
	}

	private static OdooRecords records(EntityKind kind, Map<String, JsonNode> byEntity) {
		Map<Long, String> ids = new HashMap<>();
		byEntity.forEach((entityId, record) -> ids.put(record.path("id").asLong(), entityId));
		return new OdooRecords(kind, byEntity, ids);
	}

	private static Tuple row(Object... values) {
		return tuple(values);
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
