package com.geniusharmony.deploy.grafana;

import java.util.ArrayList;
import java.util.List;

import com.geniusharmony.deploy.repository.Repository;
import tools.jackson.databind.JsonNode;

/**
 * One query of a dashboard panel.
 *
 * @param dashboard the dashboard file
 * @param panel the panel's title
 * @param expression the PromQL expression
 */
public record DashboardQuery(String dashboard, String panel, String expression) {

	public static final String DASHBOARDS = "deploy/grafana/dashboards";

	/**
	 * Every query of every dashboard, rows' nested panels included.
	 * @param repository the repository
	 * @return the queries
	 */
	public static List<DashboardQuery> all(Repository repository) {
		List<DashboardQuery> queries = new ArrayList<>();
		for (String file : repository.files(DASHBOARDS, ".json")) {
			collect(file, repository.json(file).path("panels"), queries);
		}
		return queries;
	}

	private static void collect(String file, JsonNode panels, List<DashboardQuery> queries) {
		for (JsonNode panel : panels.values()) {
			for (JsonNode target : panel.path("targets").values()) {
				queries.add(new DashboardQuery(file, panel.path("title").asString(), target.path("expr").asString("")));
			}
			collect(file, panel.path("panels"), queries);
		}
	}

	/**
	 * The service a per-service dashboard is about, from its file name.
	 * @return the service, or empty for the overview
	 */
	public String service() {
		String name = this.dashboard.substring(this.dashboard.lastIndexOf('/') + 1).replace(".json", "");
		return name.endsWith("-service") ? name : "";
	}

}
