package com.geniusharmony.deploy.compose;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.geniusharmony.deploy.repository.Repository;
import com.geniusharmony.deploy.repository.ServiceDescription;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * docker-compose.yml agrees with what each service reads and listens on, and with itself:
 * every address names a service of the stack on the port it listens on, every dependency
 * a readiness check needs is started and healthy first, every file it mounts exists.
 */
class ComposeFileTests {

	private static final String DATABASES_SCRIPT = "deploy/compose/postgres/create-databases.sh";

	/** The variable naming the server behind each readiness component. */
	private static final Map<String, String> READINESS_SERVERS = Map.of("r2dbc", "POSTGRES_HOST", "kafka",
			"KAFKA_BOOTSTRAP_SERVERS", "redis", "REDIS_URL");

	private final Repository repository = Repository.current();

	private final ComposeFile compose = ComposeFile.read(this.repository);

	private final List<ServiceDescription> services = this.repository.services();

	@Test
	void everyServiceRunsFromTheImageTheBuildMakes() {
		String repositoryName = this.repository.pomProperty("harmony.image.repository");
		for (ServiceDescription service : this.services) {
			assertThat(this.compose.service(service.name()).path("image").asString()).as(service.name())
				.startsWith(repositoryName + "/" + service.name() + ":");
		}
	}

	@Test
	void everyServiceRunsReadOnlyWithItsJvmTempDirInMemory() {
		String tempDir = this.repository.pomProperty("harmony.image.jvm-temp-dir");
		for (ServiceDescription service : this.services) {
			JsonNode definition = this.compose.service(service.name());
			assertThat(definition.path("read_only").asBoolean()).as("%s runs read-only", service.name()).isTrue();
			assertThat(definition.path("tmpfs").values().stream().map(JsonNode::asString))
				.as("%s's tmpfs", service.name())
				.contains(tempDir);
		}
	}

	@Test
	void eachServiceListensIsPublishedAndIsCheckedOnOnePort() {
		for (ServiceDescription service : this.services) {
			int port = port(service);
			assertThat(this.compose.containerPorts(service.name())).as(service.name()).contains(port);
			assertThat(this.compose.healthCheck(service.name())).as(service.name())
				.contains("http://127.0.0.1:" + port + "/actuator/health/readiness");
		}
	}

	@Test
	void everyVariableSetIsOneTheServiceReads() {
		for (ServiceDescription service : this.services) {
			Set<String> unknown = new TreeSet<>(this.compose.environment(service.name()).keySet());
			unknown.removeAll(service.variables().keySet());
			assertThat(unknown)
				.as("variables set for %s that it does not read (its application.yml, its README, "
						+ "the shared defaults and docs/configuration.md name none of them)", service.name())
				.isEmpty();
		}
	}

	@Test
	void everyVariableWhoseDefaultIsLocalhostIsSet() {
		for (ServiceDescription service : this.services) {
			assertThat(this.compose.environment(service.name()).keySet()).as(service.name())
				.containsAll(service.variablesDefaultingToLocalhost());
		}
	}

	@Test
	void theServersReadinessChecksStartFirstAndHealthy() {
		for (ServiceDescription service : this.services) {
			Map<String, String> environment = this.compose.resolvedEnvironment(service.name());
			for (String component : service.readiness()) {
				if (component.equals("readinessState")) {
					continue;
				}
				String variable = READINESS_SERVERS.get(component);
				if (variable == null) {
					fail("%s's readiness checks %s: name the variable of its server in READINESS_SERVERS",
							service.name(), component);
				}
				String server = host(environment.getOrDefault(variable, ""));
				assertThat(this.compose.dependsOn(service.name())).as("%s waits for %s", service.name(), server)
					.containsEntry(server, "service_healthy");
			}
		}
	}

	@Test
	void kafkaAndCoreServiceAddressesNameWhereTheyListen() {
		for (ServiceDescription service : this.services) {
			Map<String, String> environment = this.compose.resolvedEnvironment(service.name());
			for (String broker : environment.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "").split(",")) {
				String listeners = this.compose.resolvedEnvironment(host(broker)).get("KAFKA_ADVERTISED_LISTENERS");
				assertThat(listeners).as("%s's broker %s", service.name(), broker).contains("://" + broker.trim());
			}
			URI jwks = URI.create(environment.getOrDefault("HARMONY_JWT_JWKS_URI", "http://core-service:8081/"));
			assertThat(jwks.getPort()).as("%s's JWKS port", service.name())
				.isEqualTo(port(this.repository.service(jwks.getHost())));
			assertThat(jwks.getPath()).isEqualTo("/.well-known/jwks.json");
		}
	}

	@Test
	void postgresAndRedisAddressesNameTheirServersWithTheirPasswords() {
		for (ServiceDescription service : this.services) {
			Map<String, String> environment = this.compose.resolvedEnvironment(service.name());
			String postgres = environment.get("POSTGRES_HOST");
			assertThat(this.compose.service(postgres).path("image").asString()).startsWith("postgres:");
			assertThat(environment.get("POSTGRES_PORT")).isEqualTo("5432");
			if (environment.containsKey("REDIS_URL")) {
				URI redis = URI.create(environment.get("REDIS_URL"));
				assertThat(this.compose.service(redis.getHost()).path("image").asString()).startsWith("redis:");
				assertThat(redis.getPort()).isEqualTo(6379);
				String command = String.join(" ",
						this.compose.service(redis.getHost())
							.path("command")
							.values()
							.stream()
							.map(JsonNode::asString)
							.toList());
				assertThat(ComposeFile.resolve(command))
					.contains("--requirepass " + redis.getUserInfo().substring(redis.getUserInfo().indexOf(':') + 1));
			}
		}
	}

	@Test
	void everyServiceHasItsOwnDatabaseOwnedByItsOwnRole() {
		Map<String, String> roles = createdRoles();
		assertThat(this.compose.volumes("postgres")).containsEntry("/docker-entrypoint-initdb.d",
				"./" + DATABASES_SCRIPT.substring(0, DATABASES_SCRIPT.lastIndexOf('/')));
		Map<String, String> postgres = this.compose.environment("postgres");
		for (ServiceDescription service : this.services) {
			Map<String, String> environment = this.compose.environment(service.name());
			String database = environment.getOrDefault("POSTGRES_DB", service.defaultDatabase());
			String user = environment.get("POSTGRES_USER");
			assertThat(user).as("%s's role", service.name()).isEqualTo(database);
			assertThat(roles).as("roles and databases of %s", DATABASES_SCRIPT).containsKey(user);
			assertThat(postgres.get(roles.get(user))).as("%s's password", service.name())
				.isEqualTo(environment.get("POSTGRES_PASSWORD"));
		}
	}

	@Test
	void odooAndItsEmulatorAcceptTheSyncsDatabaseAndCredentials() {
		Map<String, String> sync = this.compose.resolvedEnvironment("odoo-sync-service");
		String odoo = sync.get("ODOO_HOST");
		assertThat(this.compose.service(odoo).path("image").asString()).startsWith("odoo:");
		assertThat(sync.get("ODOO_PORT")).isEqualTo("8069");
		Map<String, String> init = this.compose.resolvedEnvironment("odoo-init");
		assertThat(init).containsEntry("ODOO_DB", sync.get("ODOO_DB"))
			.containsEntry("ODOO_API_LOGIN", sync.get("ODOO_USERNAME"))
			.containsEntry("ODOO_API_PASSWORD", sync.get("ODOO_PASSWORD"));
		JsonNode emulator = this.compose.service("odoo-emulator");
		assertThat(emulator.path("profiles").values()).extracting(JsonNode::asString).containsExactly("emulator");
		assertThat(this.compose.resolvedEnvironment("odoo-emulator")).containsEntry("ODOO_EMULATOR_PORT", "8069")
			.containsEntry("ODOO_EMULATOR_DB", sync.get("ODOO_DB"))
			.containsEntry("ODOO_EMULATOR_LOGIN", sync.get("ODOO_USERNAME"))
			.containsEntry("ODOO_EMULATOR_PASSWORD", sync.get("ODOO_PASSWORD"));
		assertThat(this.compose.containerPorts("odoo-emulator")).contains(8069);
	}

	@Test
	void everyDependencyServiceAndMountExists() {
		for (String name : this.compose.serviceNames()) {
			this.compose.dependsOn(name).forEach((dependency, condition) -> {
				assertThat(this.compose.serviceNames()).as("%s depends on", name).contains(dependency);
				if (condition.equals("service_healthy")) {
					assertThat(this.compose.healthCheck(dependency)).as("%s's health check", dependency).isNotEmpty();
				}
			});
			this.compose.volumes(name).forEach((target, source) -> {
				if (source.startsWith("./")) {
					assertThat(this.repository.exists(source)).as("%s mounts %s", name, source).isTrue();
				}
				else {
					assertThat(this.compose.volumeNames()).as("%s's volume", name).contains(source);
				}
			});
		}
	}

	private int port(ServiceDescription service) {
		return Integer.parseInt(this.compose.resolvedEnvironment(service.name())
			.getOrDefault("SERVER_PORT", Integer.toString(service.port())));
	}

	private Map<String, String> createdRoles() {
		Matcher matcher = Pattern.compile("^create (\\w+) \"\\$(\\w+)\"$", Pattern.MULTILINE)
			.matcher(this.repository.read(DATABASES_SCRIPT));
		return matcher.results().collect(Collectors.toMap((result) -> result.group(1), (result) -> result.group(2)));
	}

	private static String host(String address) {
		String value = address.trim();
		if (value.contains("://")) {
			return URI.create(value).getHost();
		}
		return value.substring(0, value.contains(":") ? value.indexOf(':') : value.length());
	}

}
