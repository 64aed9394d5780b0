package com.geniusharmony.infra.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.redis.RedisServer;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(InfrastructureExtension.class)
class InfrastructureExtensionIntegrationTests {

	@Test
	void resolvesSharedInfrastructureAndItsServers(Infrastructure infrastructure, RedisServer redis) {
		assertThat(infrastructure).isSameAs(Infrastructure.shared());
		assertThat(redis).isSameAs(Infrastructure.shared().redis());
	}

}
