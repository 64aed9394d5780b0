package com.geniusharmony.deploy.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.geniusharmony.deploy.repository.Repository;
import com.geniusharmony.deploy.repository.ServiceDescription;
import com.geniusharmony.infra.junit.MachineTools;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code kubectl apply -k} would apply, from {@code kubectl kustomize}: nothing at
 * all from a clone (the secret files are not committed, so no placeholder can overwrite a
 * real Secret), and, once they are written, one generated Secret per service with the
 * keys its example lists, which its Deployment reads. Skipped, and reported as skipped,
 * where kubectl is not installed.
 */
class KustomizeTests {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final Repository repository = Repository.current();

	@BeforeEach
	void kubectlIsThere() {
		Assumptions.assumeTrue(MachineTools.onPath("kubectl"), "kubectl is not on the PATH");
	}

	@Test
	void aCloneAppliesNoSecretAtAll() throws Exception {
		MachineTools.Result result = kustomize(this.repository.path(ServiceManifests.ROOT));
		assertThat(result.exitCode()).as(result.output()).isNotZero();
		assertThat(result.output()).contains("secret.env");
	}

	@Test
	void theWrittenSecretsBecomeOneSecretPerServiceThatItsDeploymentReads(@TempDir Path copy) throws Exception {
		copyTree(this.repository.path(ServiceManifests.ROOT), copy);
		for (ServiceDescription service : this.repository.services()) {
			Path folder = copy.resolve(service.name());
			List<String> lines = new ArrayList<>();
			for (String line : Files.readAllLines(folder.resolve("secret.env.example"))) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.substring(0, line.indexOf('=') + 1) + "value-of-"
							+ line.substring(0, line.indexOf('=')));
				}
			}
			Files.write(folder.resolve("secret.env"), lines);
			Files.writeString(folder.resolve("jwt-private-key.pem"), "-----BEGIN PRIVATE KEY-----\n");
		}
		MachineTools.Result result = kustomize(copy);
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).doesNotContain("REPLACE_ME");
		List<JsonNode> documents = YAML.readValues(YAML.createParser(result.output()), JsonNode.class).readAll();
		for (ServiceDescription service : this.repository.services()) {
			ServiceManifests manifests = ServiceManifests.read(this.repository, service.name());
			List<JsonNode> secrets = documents.stream()
				.filter((document) -> document.path("kind").asString().equals("Secret"))
				.filter((document) -> document.at("/metadata/labels/app.kubernetes.io~1name")
					.asString()
					.equals(service.name()))
				.toList();
			assertThat(secrets).as("%s's Secrets", service.name()).hasSize(1);
			JsonNode secret = secrets.get(0);
			assertThat(new TreeSet<>(secret.path("data").propertyNames())).as("%s's Secret keys", service.name())
				.isEqualTo(manifests.secretKeys());
			JsonNode deployment = documents.stream()
				.filter((document) -> document.path("kind").asString().equals("Deployment"))
				.filter((document) -> document.at("/metadata/name").asString().equals(service.name()))
				.findFirst()
				.orElseThrow();
			assertThat(deployment.findValuesAsString("name")).contains(secret.at("/metadata/name").asString());
		}
	}

	private static MachineTools.Result kustomize(Path folder) throws IOException, InterruptedException {
		return MachineTools.run(List.of("kubectl", "kustomize", folder.toString()));
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

}
