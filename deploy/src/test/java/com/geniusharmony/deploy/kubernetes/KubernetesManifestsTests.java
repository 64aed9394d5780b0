package com.geniusharmony.deploy.kubernetes;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.geniusharmony.deploy.repository.Repository;
import com.geniusharmony.deploy.repository.ServiceDescription;
import com.geniusharmony.events.Topic;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service deploys on its own from deploy/k8s/&lt;service&gt;: a Deployment probed on
 * the actuator at the port the service listens on, with resources and a non-root user,
 * fed every variable the service reads by its ConfigMap and the Secret its kustomization
 * generates from files that are not committed (secrets only in the Secret), a Service, a
 * HorizontalPodAutoscaler and a PodDisruptionBudget that match it.
 */
class KubernetesManifestsTests {

	private static final Set<String> KINDS = Set.of("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler",
			"PodDisruptionBudget");

	/** The images' {@code java.io.tmpdir} (root pom, Jib's JVM flags). */
	private static final String JVM_TEMP_DIR = "/tmp";

	private final Repository repository = Repository.current();

	private final List<ServiceDescription> services = this.repository.services();

	@Test
	void everyServiceHasItsOwnKustomizationListingEveryManifest() {
		JsonNode top = this.repository.yaml(ServiceManifests.ROOT + "/kustomization.yaml");
		assertThat(top.path("resources").values()).extracting(JsonNode::asString)
			.containsExactlyInAnyOrderElementsOf(this.services.stream().map(ServiceDescription::name).toList());
		for (ServiceDescription service : this.services) {
			ServiceManifests manifests = ServiceManifests.read(this.repository, service.name());
			assertThat(manifests.kinds()).as(manifests.folder()).containsAll(KINDS).doesNotContain("Secret");
			String kustomization = manifests.folder() + "/kustomization.yaml";
			Set<String> files = new TreeSet<>(this.repository.files(manifests.folder(), ".yaml"));
			files.remove(kustomization);
			assertThat(this.repository.yaml(kustomization).path("resources").values())
				.extracting((resource) -> manifests.folder() + "/" + resource.asString())
				.containsExactlyInAnyOrderElementsOf(files);
		}
	}

	@Test
	void probesAndPortsMatchTheServiceAndItsMetricsAreScraped() {
		for (ServiceDescription service : this.services) {
			ServiceManifests manifests = ServiceManifests.read(this.repository, service.name());
			JsonNode container = manifests.container();
			int port = Integer.parseInt(manifests.get("ConfigMap").path("data").path("SERVER_PORT").asString());
			assertThat(port).as("%s's SERVER_PORT", service.name()).isEqualTo(service.port());
			assertThat(container.path("ports").values()).extracting((p) -> p.path("containerPort").asInt())
				.contains(port);
			assertProbe(manifests, container.path("livenessProbe"), "/actuator/health/liveness", port);
			assertProbe(manifests, container.path("readinessProbe"), "/actuator/health/readiness", port);
			assertProbe(manifests, container.path("startupProbe"), "/actuator/health/liveness", port);
			JsonNode annotations = manifests.podTemplate().path("metadata").path("annotations");
			assertThat(annotations.path("prometheus.io/scrape").asString()).isEqualTo("true");
			assertThat(annotations.path("prometheus.io/path").asString()).isEqualTo("/actuator/prometheus");
			assertThat(annotations.path("prometheus.io/port").asString()).isEqualTo(Integer.toString(port));
			assertThat(container.path("image").asString()).as("%s's image", service.name())
				.startsWith(this.repository.pomProperty("harmony.image.repository") + "/" + service.name() + ":");
		}
	}

	@Test
	void everyContainerHasResourcesAndRunsAsANonRootUser() {
		for (ServiceDescription service : this.services) {
			ServiceManifests manifests = ServiceManifests.read(this.repository, service.name());
			JsonNode resources = manifests.container().path("resources");
			for (String bound : List.of("requests", "limits")) {
				for (String resource : List.of("cpu", "memory")) {
					assertThat(resources.path(bound).path(resource).asString())
						.as("%s %s.%s", service.name(), bound, resource)
						.isNotEmpty();
				}
			}
			JsonNode pod = manifests.podTemplate().path("spec").path("securityContext");
			assertThat(pod.path("runAsNonRoot").asBoolean()).as(service.name()).isTrue();
			String imageUser = this.repository.pomProperty("harmony.image.user");
			assertThat(pod.path("runAsUser").asString()).isEqualTo(imageUser.split(":")[0]);
			assertThat(manifests.container().path("securityContext").path("allowPrivilegeEscalation").asBoolean(true))
				.isFalse();
		}
	}

	/**
	 * The JVM writes to its temp dir even when nothing asks it to: Kafka's compression
	 * codecs unpack their native libraries there, and the JVM keeps its performance data
	 * there.
	 */
	@Test
	void containersRunReadOnlyWithAWritableTempDirectory() {
		assertThat(this.repository.pomProperty("harmony.image.jvm-temp-dir")).isEqualTo(JVM_TEMP_DIR);
		for (ServiceDescription service : this.services) {
			ServiceManifests manifests = ServiceManifests.read(this.repository, service.name());
			assertThat(manifests.container().path("securityContext").path("readOnlyRootFilesystem").asBoolean())
				.as("%s runs read-only", service.name())
				.isTrue();
			String volume = null;
			for (JsonNode mount : manifests.container().path("volumeMounts").values()) {
				if (mount.path("mountPath").asString().equals(JVM_TEMP_DIR) && !mount.path("readOnly").asBoolean()) {
					volume = mount.path("name").asString();
				}
			}
			assertThat(volume).as("%s's writable mount at %s", service.name(), JVM_TEMP_DIR).isNotNull();
			boolean emptyDir = false;
			for (JsonNode declared : manifests.podTemplate().path("spec").path("volumes").values()) {
				emptyDir |= declared.path("name").asString().equals(volume) && declared.has("emptyDir");
			}
			assertThat(emptyDir).as("%s's volume %s is an emptyDir", service.name(), volume).isTrue();
		}
	}

	@Test
	void everyVariableTheServiceReadsIsProvidedAndNothingElse() {
		for (ServiceDescription service : this.services) {
			ServiceManifests manifests = ServiceManifests.read(this.repository, service.name());
			Set<String> provided = manifests.providedVariables();
			Set<String> missing = new TreeSet<>(service.variables().keySet());
			missing.removeAll(provided);
			assertThat(missing).as("variables %s reads that %s does not provide", service.name(), manifests.folder())
				.isEmpty();
			Set<String> unknown = new TreeSet<>(provided);
			unknown.removeAll(service.variables().keySet());
			assertThat(unknown).as("variables %s provides that %s does not read", manifests.folder(), service.name())
				.isEmpty();
			assertThat(manifests.configMapKeys()).as("secrets in %s's ConfigMap", service.name())
				.noneMatch(ServiceDescription::isSecret);
			JsonNode envFrom = manifests.container().path("envFrom");
			assertThat(envFrom.findValuesAsString("name")).containsExactlyInAnyOrder(
					manifests.get("ConfigMap").at("/metadata/name").asString(),
					manifests.secretGenerator().path("name").asString());
		}
	}

	@Test
	void serviceAutoscalerAndDisruptionBudgetTargetTheDeployment() {
		for (ServiceDescription service : this.services) {
			ServiceManifests manifests = ServiceManifests.read(this.repository, service.name());
			JsonNode deployment = manifests.get("Deployment");
			JsonNode podLabels = manifests.podTemplate().path("metadata").path("labels");
			assertThat(podLabels.properties()).containsAll(deployment.at("/spec/selector/matchLabels").properties());
			JsonNode serviceSpec = manifests.get("Service").path("spec");
			assertThat(podLabels.properties()).containsAll(serviceSpec.path("selector").properties());
			for (JsonNode port : serviceSpec.path("ports").values()) {
				assertThat(manifests.containerPort(port.path("targetPort"))).isEqualTo(service.port());
			}
			JsonNode autoscaler = manifests.get("HorizontalPodAutoscaler").path("spec");
			assertThat(autoscaler.at("/scaleTargetRef/kind").asString()).isEqualTo("Deployment");
			assertThat(autoscaler.at("/scaleTargetRef/name").asString())
				.isEqualTo(deployment.at("/metadata/name").asString());
			int min = autoscaler.path("minReplicas").asInt();
			// a consumer beyond the partition count of a topic would have nothing to read
			assertThat(autoscaler.path("maxReplicas").asInt()).isBetween(min, Topic.PARTITIONS);
			JsonNode budget = manifests.get("PodDisruptionBudget").path("spec");
			assertThat(podLabels.properties()).containsAll(budget.at("/selector/matchLabels").properties());
			assertThat(budget.path("minAvailable").asInt()).as("a drain must be able to evict a pod").isLessThan(min);
		}
	}

	@Test
	void podsGetTimeToShutDownGracefully() {
		for (ServiceDescription service : this.services) {
			ServiceManifests manifests = ServiceManifests.read(this.repository, service.name());
			String timeout = manifests.configMapKeys().contains("HARMONY_SHUTDOWN_TIMEOUT")
					? manifests.get("ConfigMap").at("/data/HARMONY_SHUTDOWN_TIMEOUT").asString()
					: service.variables().get("HARMONY_SHUTDOWN_TIMEOUT");
			Duration shutdown = Duration.parse("PT" + timeout.toUpperCase());
			long grace = manifests.podTemplate().at("/spec/terminationGracePeriodSeconds").asLong();
			assertThat(Duration.ofSeconds(grace)).as(service.name()).isGreaterThan(shutdown);
		}
	}

	private static void assertProbe(ServiceManifests manifests, JsonNode probe, String path, int port) {
		assertThat(probe.at("/httpGet/path").asString()).as(manifests.folder()).isEqualTo(path);
		assertThat(manifests.containerPort(probe.at("/httpGet/port"))).as(manifests.folder()).isEqualTo(port);
	}

}
