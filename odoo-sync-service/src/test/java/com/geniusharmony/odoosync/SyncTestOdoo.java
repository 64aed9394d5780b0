package com.geniusharmony.odoosync;

import com.geniusharmony.odooemulator.EmulatedUser;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Odoo emulators the sync's integration tests write to, one per Odoo version, each
 * started once per JVM and shared by the contexts that use it; the tests never reset them
 * but use fresh entity ids, since the sync keeps running between tests.
 */
public final class SyncTestOdoo {

	/** An Odoo user the assignee tests find by email (in another case). */
	public static final EmulatedUser ALICE = EmulatedUser.of("alice", "Alice Martin", "Alice@Example.com");

	/** Another Odoo user. */
	public static final EmulatedUser BOB = EmulatedUser.of("bob", "Bob Stone", "bob@example.com");

	private static OdooEmulator odoo18;

	private static OdooEmulator odoo16;

	private SyncTestOdoo() {
	}

	/**
	 * Odoo 18, where a task's deadline is a datetime.
	 * @return the running emulator
	 */
	public static synchronized OdooEmulator odoo18() {
		if (odoo18 == null) {
			odoo18 = OdooEmulator.start(OdooEmulatorConfig.defaults().withUsers(ALICE, BOB));
		}
		return odoo18;
	}

	/**
	 * Odoo 16, where a task's deadline is a date.
	 * @return the running emulator
	 */
	public static synchronized OdooEmulator odoo16() {
		if (odoo16 == null) {
			odoo16 = OdooEmulator.start(OdooEmulatorConfig.defaults().withVersion(16).withUsers(ALICE, BOB));
		}
		return odoo16;
	}

	/**
	 * Points the service at an emulator over JSON-RPC.
	 * @param registry the test context's dynamic properties
	 * @param odoo the emulator
	 */
	/**
	 * The id of an Odoo user of an emulator.
	 * @param odoo the emulator
	 * @param login the user's login
	 * @return its {@code res.users} id
	 */
	public static int userId(OdooEmulator odoo, String login) {
		return odoo.records("res.users")
			.stream()
			.filter((user) -> login.equals(user.get("login")))
			.findFirst()
			.orElseThrow()
			.id();
	}

	public static void register(DynamicPropertyRegistry registry, OdooEmulator odoo) {
		registry.add("odoo.host", () -> "127.0.0.1");
		registry.add("odoo.port", odoo::port);
		registry.add("odoo.protocol", () -> "jsonrpc");
		registry.add("odoo.db", () -> odoo.config().database());
		registry.add("odoo.username", () -> odoo.config().login());
		registry.add("odoo.password", () -> odoo.config().password());
	}

}
