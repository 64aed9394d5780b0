package com.geniusharmony.deploy.tokens;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.geniusharmony.deploy.compose.ComposeFile;
import com.geniusharmony.deploy.kubernetes.ServiceManifests;
import com.geniusharmony.deploy.repository.Repository;
import com.geniusharmony.deploy.repository.ServiceProcess;
import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.infra.server.Ports;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frontend's gateway, started from its jar with the token settings Compose and the
 * Kubernetes manifests ship and the one setting a deployment adds for the Django frontend
 * (its secret, {@code HARMONY_JWT_HMAC_SECRET}), accepts a token made exactly as
 * SimpleJWT makes it and refuses SimpleJWT's refresh token.
 */
class DjangoTokensIntegrationTests {

	private static final String SERVICE = "notification-service";

	private static final String SECRET = "the-django-settings-secret-key-of-this-deployment";

	private final Repository repository = Repository.current();

	@ParameterizedTest
	@ValueSource(strings = { "compose", "kubernetes" })
	void theShippedConfigurationAcceptsASimpleJwtAccessTokenOnly(String deployment) throws Exception {
		Map<String, String> environment = new HashMap<>();
		shippedTokenSettings(deployment).forEach((name, value) -> {
			if (name.startsWith("HARMONY_JWT_")) {
				environment.put(name, value);
			}
		});
		environment.put("HARMONY_JWT_HMAC_SECRET", SECRET);
		PostgresServer postgres = Infrastructure.shared().postgres();
		String database = postgres.createDatabase("tokens_" + deployment);
		environment.putAll(Map.of("SERVER_PORT", Integer.toString(Ports.free()), "LOG_FORMAT", "", "POSTGRES_HOST",
				postgres.host(), "POSTGRES_PORT", Integer.toString(postgres.port()), "POSTGRES_USER",
				postgres.username(), "POSTGRES_PASSWORD", postgres.password(), "POSTGRES_DB", database,
				"KAFKA_BOOTSTRAP_SERVERS", Infrastructure.shared().kafka().bootstrapServers(), "HARMONY_TOPIC_SUFFIX",
				"-tokens-" + deployment));
		Path jar = Path.of(System.getProperty("harmony.jar." + SERVICE));
		try (ServiceProcess service = ServiceProcess.start(jar, environment,
				Path.of("target", "tokens-test", deployment + ".log"))) {
			HttpResponse<String> access = service.get("/api/notifications/unread-count/", simpleJwt("access"));
			assertThat(access.statusCode()).as("%s: %s", deployment, access.body()).isEqualTo(200);
			assertThat(access.body()).isEqualTo("{\"count\":0}");
			assertThat(service.get("/api/notifications/unread-count/", simpleJwt("refresh")).statusCode())
				.as(deployment)
				.isEqualTo(401);
		}
		finally {
			postgres.dropDatabase(database);
		}
	}

	private Map<String, String> shippedTokenSettings(String deployment) {
		if (deployment.equals("compose")) {
			return ComposeFile.read(this.repository).resolvedEnvironment(SERVICE);
		}
		Map<String, String> data = new HashMap<>();
		ServiceManifests.read(this.repository, SERVICE)
			.get("ConfigMap")
			.path("data")
			.properties()
			.forEach((entry) -> data.put(entry.getKey(), entry.getValue().asString()));
		return data;
	}

	/**
	 * As {@code rest_framework_simplejwt} makes it with its default settings: header
	 * {@code {"alg":"HS256","typ":"JWT"}}, claims {@code token_type}, {@code exp},
	 * {@code iat}, {@code jti} and {@code user_id}, no {@code iss}.
	 */
	private static String simpleJwt(String tokenType) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("token_type", tokenType)
			.expirationTime(Date.from(now.plusSeconds(300)))
			.issueTime(Date.from(now))
			.jwtID(UUID.randomUUID().toString().replace("-", ""))
			.claim("user_id", 42)
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(new MACSigner(SECRET));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

}
