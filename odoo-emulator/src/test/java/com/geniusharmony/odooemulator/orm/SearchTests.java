package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTests {

	private final OrmFixture odoo = new OrmFixture();

	private int intranet;

	private int alpha;

	private int beta;

	private int gamma;

	@BeforeEach
	void createTasks() {
		this.intranet = this.odoo.create("project.project", Map.of("name", "Intranet"));
		int website = this.odoo.create("project.project", Map.of("name", "Website"));
		this.alpha = this.odoo.create("project.task", Map.of("name", "Alpha", "project_id", this.intranet,
				"date_deadline", "2026-12-01 00:00:00", "priority", "1", "user_ids", List.of(2)));
		this.beta = this.odoo.create("project.task",
				Map.of("name", "beta", "project_id", this.intranet, "date_deadline", "2026-12-03 17:00:00"));
		this.gamma = this.odoo.create("project.task", Map.of("name", "Gamma", "project_id", website));
	}

	@Test
	void matchesComparisonAndMembershipOperators() {
		assertThat(search(List.of("name", "=", "Alpha"))).containsExactly(this.alpha);
		assertThat(search(List.of("name", "!=", "Alpha"))).containsExactlyInAnyOrder(this.beta, this.gamma);
		assertThat(search(List.of("id", "in", List.of(this.alpha, this.gamma)))).containsExactlyInAnyOrder(this.alpha,
				this.gamma);
		assertThat(search(List.of("id", "not in", List.of(this.alpha)))).containsExactlyInAnyOrder(this.beta,
				this.gamma);
		assertThat(search(List.of("date_deadline", ">=", "2026-12-02"))).containsExactly(this.beta);
		assertThat(search(List.of("date_deadline", "<", "2026-12-02 00:00:00"))).containsExactly(this.alpha);
		assertThat(search(List.of("date_deadline", "=", false))).containsExactly(this.gamma);
	}

	@Test
	void matchesLikePatterns() {
		assertThat(search(List.of("name", "like", "eta"))).containsExactly(this.beta);
		assertThat(search(List.of("name", "like", "BETA"))).isEmpty();
		assertThat(search(List.of("name", "ilike", "BETA"))).containsExactly(this.beta);
		assertThat(search(List.of("name", "=ilike", "g%"))).containsExactly(this.gamma);
		assertThat(search(List.of("name", "not ilike", "a"))).isEmpty();
	}

	@Test
	void combinesTermsInPrefixNotation() {
		assertThat(search("|", List.of("name", "=", "Alpha"), List.of("name", "=", "Gamma")))
			.containsExactlyInAnyOrder(this.alpha, this.gamma);
		assertThat(search("!", List.of("name", "=", "Alpha"))).containsExactlyInAnyOrder(this.beta, this.gamma);
		assertThat(search(List.of("project_id", "=", this.intranet), List.of("name", "ilike", "a")))
			.containsExactlyInAnyOrder(this.alpha, this.beta);
	}

	@Test
	void followsRelationsByIdNameAndPath() {
		assertThat(search(List.of("project_id.name", "=", "Intranet"))).containsExactlyInAnyOrder(this.alpha,
				this.beta);
		assertThat(search(List.of("project_id", "ilike", "web"))).containsExactly(this.gamma);
		assertThat(search(List.of("user_ids", "in", List.of(2)))).containsExactly(this.alpha);
		assertThat(search(List.of("user_ids", "=", false))).containsExactlyInAnyOrder(this.beta, this.gamma);
		assertThat(search(List.of("project_id", "any", List.of(List.of("name", "=", "Website")))))
			.containsExactly(this.gamma);
	}

	@Test
	void ordersByTheGivenOrderElseTheModelOrder() {
		assertThat(this.odoo.callKw("project.task", "search", List.of(List.of()), Map.of("order", "name desc")))
			.extracting(JsonNode::intValue)
			.containsExactly(this.gamma, this.beta, this.alpha);
		// project.task's _order: priority desc, then deadline (empty last), then id desc.
		assertThat(this.odoo.call("project.task", "search", List.of())).extracting(JsonNode::intValue)
			.containsExactly(this.alpha, this.beta, this.gamma);
		assertThat(this.odoo.callKw("project.task", "search", List.of(List.of()),
				Map.of("order", "id", "offset", 1, "limit", 1)))
			.extracting(JsonNode::intValue)
			.containsExactly(this.beta);
	}

	@Test
	void countsMatchingRecords() {
		assertThat(this.odoo.call("project.task", "search_count", List.of(List.of("name", "ilike", "a"))).intValue())
			.isEqualTo(3);
		assertThat(this.odoo.callKw("project.task", "search_count", List.of(List.of()), Map.of("limit", 2)).intValue())
			.isEqualTo(2);
	}

	@Test
	void refusesUnknownFieldsOperatorsAndOrders() {
		assertThat(this.odoo.error("project.task", "search", List.of(List.of("nope", "=", 1))).getMessage())
			.isEqualTo("Invalid field project.task.nope in leaf ('nope', '=', 1)");
		assertThat(this.odoo.error("project.task", "search", List.of(List.of("name", "~", 1))).type())
			.isEqualTo("builtins.ValueError");
		assertThat(this.odoo.errorKw("project.task", "search", List.of(List.of()), Map.of("order", "nope desc"))
			.getMessage()).startsWith("Invalid \"order\" specified (nope desc).");
	}

	private List<Integer> search(Object... domain) {
		List<Integer> ids = new ArrayList<>();
		this.odoo.callKw("project.task", "search", List.of(List.of(domain)), Map.of())
			.forEach((id) -> ids.add(id.intValue()));
		return ids;
	}

}
