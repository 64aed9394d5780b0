package com.geniusharmony.odoosync;

import java.util.List;

import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.support.testing.ServiceStartupContract;

@RealInfrastructure({ RealInfrastructure.Component.KAFKA, RealInfrastructure.Component.POSTGRES,
		RealInfrastructure.Component.REDIS })
class OdooSyncServiceStartupIntegrationTests extends ServiceStartupContract {

	@Override
	protected String serviceName() {
		return "odoo-sync-service";
	}

	@Override
	protected List<String> readinessDependencies() {
		return List.of("r2dbc", "kafka", "redis");
	}

}
