package com.geniusharmony.system.harness;

import org.junit.jupiter.api.BeforeAll;

import com.geniusharmony.system.api.CoreApi;
import com.geniusharmony.system.api.NotificationApi;
import com.geniusharmony.system.api.OdooView;

/**
 * A test of the running system: the system shared by every test class, its public APIs
 * and an administrator's token, ready before the first test.
 */
public abstract class SystemTestBase {

	protected static HarmonySystem system;

	protected static CoreApi core;

	protected static NotificationApi notifications;

	protected static OdooView odoo;

	/** A token of core-service's administrator. */
	protected static String admin;

	@BeforeAll
	static void startSystem() {
		system = HarmonySystem.get();
		core = new CoreApi(system.core());
		notifications = new NotificationApi(system.notifications());
		odoo = system.odooView();
		admin = core.token(HarmonySystem.ADMIN_USERNAME, HarmonySystem.ADMIN_PASSWORD);
	}

}
