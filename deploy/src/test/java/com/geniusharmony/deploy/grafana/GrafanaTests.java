package com.geniusharmony.deploy.grafana;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.geniusharmony.deploy.compose.ComposeFile;
import com.geniusharmony.deploy.promql.MetricSelector;
import com.geniusharmony.deploy.promql.PromQl;
import com.geniusharmony.deploy.repository.Repository;
import com.geniusharmony.deploy.repository.ServiceDescription;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grafana gets the Prometheus of the stack as a datasource and loads the dashboards from
 * where Compose mounts them: an overview and one per service, each panel querying that
 * datasource with expressions that parse, and each per-service dashboard showing only its
 * service.
 */
class GrafanaTests {

	private static final String DATASOURCE_VARIABLE = "${datasource}";

	private static final String DATASOURCES = "deploy/grafana/provisioning/datasources/prometheus.yml";

	private static final String PROVIDERS = "deploy/grafana/provisioning/dashboards/harmony.yml";

	private final Repository repository = Repository.current();

	private final ComposeFile compose = ComposeFile.read(this.repository);

	@Test
	void theDatasourceIsThePrometheusOfTheStack() {
		JsonNode datasource = datasource();
		URI url = URI.create(datasource.path("url").asString());
		assertThat(this.compose.serviceNames()).contains(url.getHost());
		assertThat(this.compose.containerPorts(url.getHost())).contains(url.getPort());
		assertThat(this.compose.volumes("grafana")).containsEntry("/etc/grafana/provisioning",
				"./deploy/grafana/provisioning");
	}

	@Test
	void dashboardsAreLoadedFromWhereComposeMountsThem() {
		String path = this.repository.yaml(PROVIDERS).at("/providers/0/options/path").asString();
		assertThat(this.compose.volumes("grafana")).containsEntry(path, "./" + DashboardQuery.DASHBOARDS);
		String home = this.compose.resolvedEnvironment("grafana").get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH");
		assertThat(home).startsWith(path + "/");
		assertThat(this.repository.exists(DashboardQuery.DASHBOARDS + home.substring(path.length()))).isTrue();
	}

	@Test
	void thereIsAnOverviewAndADashboardPerService() {
		List<String> expected = new ArrayList<>(List.of(DashboardQuery.DASHBOARDS + "/overview.json"));
		this.repository.services()
			.forEach((service) -> expected.add(DashboardQuery.DASHBOARDS + "/" + service.name() + ".json"));
		assertThat(this.repository.files(DashboardQuery.DASHBOARDS, ".json"))
			.containsExactlyInAnyOrderElementsOf(expected);
		Set<String> uids = new TreeSet<>();
		for (String file : expected) {
			JsonNode dashboard = this.repository.json(file);
			assertThat(dashboard.path("title").asString()).as(file).isNotBlank();
			assertThat(uids.add(dashboard.path("uid").asString())).as("%s's uid is unique", file).isTrue();
		}
	}

	@Test
	void everyPanelQueriesTheDatasourceVariableWhichDefaultsToTheProvisionedOne() {
		String uid = datasource().path("uid").asString();
		for (String file : this.repository.files(DashboardQuery.DASHBOARDS, ".json")) {
			JsonNode dashboard = this.repository.json(file);
			JsonNode variable = dashboard.at("/templating/list/0");
			assertThat(variable.path("name").asString()).as("%s's datasource variable", file).isEqualTo("datasource");
			assertThat(variable.path("type").asString()).isEqualTo("datasource");
			assertThat(variable.path("query").asString()).isEqualTo("prometheus");
			assertThat(variable.at("/current/value").asString()).as("%s's default datasource", file).isEqualTo(uid);
			for (JsonNode panel : dashboard.path("panels").values()) {
				if (panel.path("type").asString().equals("row")) {
					continue;
				}
				assertThat(panel.at("/datasource/uid").asString()).as("%s: %s", file, panel.path("title"))
					.isEqualTo(DATASOURCE_VARIABLE);
				assertThat(panel.path("targets").values()).as("%s: %s", file, panel.path("title")).isNotEmpty();
				assertThat(panel.path("targets").findValuesAsString("uid")).containsOnly(DATASOURCE_VARIABLE);
			}
		}
	}

	@Test
	void everyServiceDashboardShowsTheApiLatencyP99() {
		for (ServiceDescription service : this.repository.services()) {
			String dashboard = this.repository.read(DashboardQuery.DASHBOARDS + "/" + service.name() + ".json");
			assertThat(dashboard).as(service.name())
				.contains("histogram_quantile(0.99, sum by (le, uri) (rate(http_server_requests_seconds_bucket");
		}
	}

	@Test
	void everyQueryParsesAndPerServiceDashboardsShowOnlyTheirService() {
		List<DashboardQuery> queries = DashboardQuery.all(this.repository);
		assertThat(queries).isNotEmpty();
		for (DashboardQuery query : queries) {
			List<MetricSelector> selectors = PromQl.selectors(query.expression());
			assertThat(selectors).as("%s: %s", query.dashboard(), query.panel()).isNotEmpty();
			if (!query.service().isEmpty()) {
				for (MetricSelector selector : selectors) {
					assertThat(selector.services())
						.as("%s: %s: %s", query.dashboard(), query.panel(), selector.metric())
						.containsExactly(query.service());
				}
			}
		}
		List<String> services = this.repository.services().stream().map(ServiceDescription::name).toList();
		assertThat(queries.stream().map(DashboardQuery::service).filter((service) -> !service.isEmpty()))
			.allMatch(services::contains);
	}

	private JsonNode datasource() {
		JsonNode datasources = this.repository.yaml(DATASOURCES).path("datasources");
		assertThat(datasources.values()).hasSize(1);
		JsonNode datasource = datasources.get(0);
		assertThat(datasource.path("type").asString()).isEqualTo("prometheus");
		return datasource;
	}

}
