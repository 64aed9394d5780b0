package com.geniusharmony.notification;

import java.util.List;

import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.support.testing.ServiceStartupContract;

@RealInfrastructure({ RealInfrastructure.Component.KAFKA, RealInfrastructure.Component.POSTGRES })
class NotificationServiceStartupIntegrationTests extends ServiceStartupContract {

	@Override
	protected String serviceName() {
		return "notification-service";
	}

	@Override
	protected List<String> readinessDependencies() {
		return List.of("r2dbc", "kafka");
	}

}
