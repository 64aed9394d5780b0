package com.geniusharmony.notification;

import java.util.ArrayList;
import java.util.List;

import com.geniusharmony.support.testing.TestKeyServer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Another replica of the service, started once per JVM in this JVM on the same database,
 * broker and topics as the shared test context, as a deployment runs two. It consumes
 * nothing (its listeners are not started), so that every event is handled by the shared
 * context, and it checks tokens the default way: against a JWKS, served by
 * {@link TestKeyServer}. It ends with the JVM.
 */
public final class SecondReplica {

	private static final List<String> SHARED = List.of("POSTGRES_HOST", "POSTGRES_PORT", "POSTGRES_USER",
			"POSTGRES_PASSWORD", "POSTGRES_DB", "KAFKA_BOOTSTRAP_SERVERS", "HARMONY_TOPIC_SUFFIX");

	private static @Nullable SecondReplica running;

	private final TestKeyServer jwks;

	private final ConfigurableApplicationContext context;

	private SecondReplica(Environment primary) {
		this.jwks = new TestKeyServer();
		List<String> arguments = new ArrayList<>();
		for (String name : SHARED) {
			arguments.add("--" + name + "=" + primary.getRequiredProperty(name));
		}
		arguments.addAll(List.of("--server.port=0", "--spring.kafka.listener.auto-startup=false",
				"--harmony.jwt.hmac-secret=", "--harmony.jwt.jwks-uri=" + this.jwks.jwksUri(),
				"--harmony.jwt.issuer=" + TestKeyServer.CORE_ISSUER, "--harmony.notification.stream.heartbeat=1s",
				"--spring.main.banner-mode=off"));
		this.context = new SpringApplicationBuilder(NotificationServiceApplication.class)
			.run(arguments.toArray(String[]::new));
	}

	/**
	 * The second replica of the shared test context, started on first use.
	 * @param primary the shared context's environment, naming the servers
	 * @return the replica
	 */
	public static synchronized SecondReplica of(Environment primary) {
		if (running == null) {
			running = new SecondReplica(primary);
		}
		return running;
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	public TestKeyServer jwks() {
		return this.jwks;
	}

}
