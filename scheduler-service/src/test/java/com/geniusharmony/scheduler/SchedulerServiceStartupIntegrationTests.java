package com.geniusharmony.scheduler;

import java.util.List;

import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.support.testing.ServiceStartupContract;

@RealInfrastructure({ RealInfrastructure.Component.KAFKA, RealInfrastructure.Component.POSTGRES })
class SchedulerServiceStartupIntegrationTests extends ServiceStartupContract {

	@Override
	protected String serviceName() {
		return "scheduler-service";
	}

	@Override
	protected List<String> readinessDependencies() {
		return List.of("r2dbc", "kafka");
	}

}
