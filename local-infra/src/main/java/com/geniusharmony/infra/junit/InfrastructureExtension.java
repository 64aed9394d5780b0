package com.geniusharmony.infra.junit;

import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.kafka.KafkaServer;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.infra.redis.RedisServer;

/**
 * Resolves parameters of type {@link Infrastructure}, {@link KafkaServer},
 * {@link PostgresServer} and {@link RedisServer} from {@link Infrastructure#shared()},
 * starting only what is asked for.
 */
public class InfrastructureExtension implements ParameterResolver {

	private static final Map<Class<?>, Function<Infrastructure, Object>> RESOLVERS = Map.of(Infrastructure.class,
			(infrastructure) -> infrastructure, KafkaServer.class, Infrastructure::kafka, PostgresServer.class,
			Infrastructure::postgres, RedisServer.class, Infrastructure::redis);

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return RESOLVERS.containsKey(parameterContext.getParameter().getType());
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return RESOLVERS.get(parameterContext.getParameter().getType()).apply(Infrastructure.shared());
	}

}
