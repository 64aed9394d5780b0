package com.geniusharmony.deploy.prometheus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.geniusharmony.deploy.compose.ComposeFile;
import com.geniusharmony.deploy.repository.Repository;
import com.geniusharmony.deploy.repository.ServiceDescription;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus scrapes every service on the port and path it serves its metrics on, under
 * the {@code service} label the alerts and dashboards use, and loads the rule files.
 */
class ScrapeConfigurationTests {

	private static final String COMPOSE_CONFIG = "deploy/prometheus/prometheus.yml";

	private static final String KUBERNETES_CONFIG = "deploy/prometheus/prometheus-kubernetes.yml";

	private final Repository repository = Repository.current();

	private final ComposeFile compose = ComposeFile.read(this.repository);

	@Test
	void composePrometheusScrapesEveryServiceWhereItListens() {
		JsonNode job = job(this.repository.yaml(COMPOSE_CONFIG), "harmony");
		assertThat(job.path("metrics_path").asString()).isEqualTo("/actuator/prometheus");
		assertThat(job.path("honor_labels").asBoolean()).isTrue();
		List<String> targets = new ArrayList<>();
		for (JsonNode config : job.path("static_configs").values()) {
			for (JsonNode target : config.path("targets").values()) {
				targets.add(target.asString());
				String host = target.asString().split(":")[0];
				assertThat(config.at("/labels/service").asString()).as(target.asString()).isEqualTo(host);
			}
		}
		List<String> expected = new ArrayList<>();
		for (ServiceDescription service : this.repository.services()) {
			String port = this.compose.resolvedEnvironment(service.name())
				.getOrDefault("SERVER_PORT", Integer.toString(service.port()));
			expected.add(service.name() + ":" + port);
		}
		assertThat(targets).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void composePrometheusLoadsTheRuleFilesItMounts() {
		Map<String, String> volumes = this.compose.volumes("prometheus");
		assertThat(volumes).containsEntry("/etc/prometheus/prometheus.yml", "./" + COMPOSE_CONFIG);
		String mounted = volumes.entrySet()
			.stream()
			.filter((volume) -> volume.getValue().equals("./" + AlertRule.RULES))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
		assertThat(this.repository.yaml(COMPOSE_CONFIG).path("rule_files").values()).extracting(JsonNode::asString)
			.containsExactly(mounted + "/*.yml");
		assertThat(this.repository.files(AlertRule.RULES, ".yml")).isNotEmpty();
		assertThat(this.repository.files(AlertRule.RULES, ".yaml")).isEmpty();
	}

	@Test
	void kubernetesPrometheusKeepsThePodsTheDeploymentsAnnotate() {
		JsonNode job = job(this.repository.yaml(KUBERNETES_CONFIG), "harmony");
		String relabelling = job.path("relabel_configs").toString();
		assertThat(relabelling).contains("__meta_kubernetes_pod_annotation_prometheus_io_scrape")
			.contains("__meta_kubernetes_pod_annotation_prometheus_io_path")
			.contains("__meta_kubernetes_pod_annotation_prometheus_io_port");
		JsonNode partOf = null;
		JsonNode name = null;
		for (JsonNode relabel : job.path("relabel_configs").values()) {
			String source = relabel.path("source_labels").toString();
			if (source.contains("app_kubernetes_io_part_of")) {
				partOf = relabel;
			}
			if (source.contains("app_kubernetes_io_name")) {
				name = relabel;
			}
		}
		assertThat(name).isNotNull();
		assertThat(name.path("target_label").asString()).isEqualTo("service");
		assertThat(partOf).isNotNull();
		for (ServiceDescription service : this.repository.services()) {
			JsonNode labels = this.repository.yamlDocuments("deploy/k8s/" + service.name() + "/deployment.yaml")
				.get(0)
				.at("/spec/template/metadata/labels");
			assertThat(labels.path("app.kubernetes.io/part-of").asString()).isEqualTo(partOf.path("regex").asString());
			assertThat(labels.path("app.kubernetes.io/name").asString()).isEqualTo(service.name());
		}
	}

	private static JsonNode job(JsonNode configuration, String name) {
		for (JsonNode job : configuration.path("scrape_configs").values()) {
			if (job.path("job_name").asString().equals(name)) {
				return job;
			}
		}
		throw new IllegalStateException("No scrape job " + name);
	}

}
