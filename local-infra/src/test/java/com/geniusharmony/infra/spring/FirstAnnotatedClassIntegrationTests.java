package com.geniusharmony.infra.spring;

import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

@SpringJUnitConfig(EmptyConfiguration.class)
@RealInfrastructure
class FirstAnnotatedClassIntegrationTests extends ContextSharingChecks {

}
