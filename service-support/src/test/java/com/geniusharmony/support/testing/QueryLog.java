package com.geniusharmony.support.testing;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.proxy.core.QueryInfo;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The SQL the service runs while a test records it: every statement through the service's
 * connection factory, from any thread (so a test keeps to the statements on the tables it
 * looks at: background work such as the outbox relay runs too). A context that measures
 * speed sets {@value #ENABLED} to false, which leaves the connection factory unwrapped.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryLog {

	/**
	 * A property the tests that import the log set: with r2dbc-proxy on the class path,
	 * Spring Boot would also wrap the connection factory in a proxy of its own and
	 * observe every statement, which the services' jars, without r2dbc-proxy, do not.
	 */
	public static final String NO_STATEMENT_OBSERVATIONS = "spring.autoconfigure.exclude="
			+ "org.springframework.boot.r2dbc.autoconfigure.R2dbcProxyAutoConfiguration,"
			+ "org.springframework.boot.r2dbc.autoconfigure.observation.R2dbcObservationAutoConfiguration";

	/** The property that, set to false, turns the log off. */
	public static final String ENABLED = "harmony.test.query-log.enabled";

	private static final AtomicBoolean RECORDING = new AtomicBoolean();

	private static final Queue<String> STATEMENTS = new ConcurrentLinkedQueue<>();

	/**
	 * The statements run while an action runs.
	 * @param action what the test does, such as one request
	 * @return the statements, in the order they ran
	 */
	public static synchronized List<String> during(Runnable action) {
		STATEMENTS.clear();
		RECORDING.set(true);
		try {
			action.run();
		}
		finally {
			RECORDING.set(false);
		}
		return List.copyOf(STATEMENTS);
	}

	@Bean
	static BeanPostProcessor recordingConnectionFactory(Environment environment) {
		boolean enabled = environment.getProperty(ENABLED, Boolean.class, true);
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!enabled || !(bean instanceof ConnectionFactory factory)) {
					return bean;
				}
				return ProxyConnectionFactory.builder(factory).onAfterQuery((execution) -> {
					if (RECORDING.get()) {
						execution.getQueries().stream().map(QueryInfo::getQuery).forEach(STATEMENTS::add);
					}
				}).build();
			}
		};
	}

}
