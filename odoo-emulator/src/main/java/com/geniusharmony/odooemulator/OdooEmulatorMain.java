package com.geniusharmony.odooemulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Runs an emulator on its own: {@code java -jar odoo-emulator.jar [--port=8069] ...}.
 * Each setting comes from an argument ({@code --port=8069}) or else an environment
 * variable ({@code ODOO_EMULATOR_PORT}): {@code host} (127.0.0.1), {@code port} (8069),
 * {@code db} (harmony), {@code login} (admin), {@code password} (admin), {@code api-key}
 * (comma-separated, none by default), {@code version} (18), {@code throttle}
 * ({@code none} or {@code odoo18}) and {@code users} ({@code login:email[:name]},
 * comma-separated).
 */
public final class OdooEmulatorMain {

	private OdooEmulatorMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "odoo-emulator-logback.xml");
		}
		OdooEmulator emulator = start(System.getenv(), args);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.stop();
			stopped.countDown();
		}, "odoo-emulator-shutdown"));
		LoggerFactory.getLogger(OdooEmulatorMain.class)
			.info("Admin API at {}/__emulator (health, stats, faults, throttle, records, reset)", emulator.baseUrl());
		stopped.await();
	}

	/**
	 * Starts an emulator configured by arguments and environment variables.
	 * @param env the environment variables
	 * @param args the arguments
	 * @return the running emulator
	 */
	public static OdooEmulator start(Map<String, String> env, String... args) {
		Map<String, String> settings = settings(env, args);
		OdooEmulatorConfig config = OdooEmulatorConfig.defaults()
			.withHost(settings.getOrDefault("host", "127.0.0.1"))
			.withPort(Integer.parseInt(settings.getOrDefault("port", "8069")))
			.withDatabase(settings.getOrDefault("db", "harmony"))
			.withCredentials(settings.getOrDefault("login", "admin"), settings.getOrDefault("password", "admin"))
			.withApiKeys(list(settings.get("api-key")).toArray(String[]::new))
			.withVersion(Integer.parseInt(settings.getOrDefault("version", "18")))
			.withThrottle(throttle(settings.getOrDefault("throttle", "none")))
			.withUsers(users(settings.get("users")).toArray(EmulatedUser[]::new));
		return OdooEmulator.start(config);
	}

	private static Map<String, String> settings(Map<String, String> env, String[] args) {
		Map<String, String> settings = new HashMap<>();
		for (String name : List.of("host", "port", "db", "login", "password", "api-key", "version", "throttle",
				"users")) {
			String value = env.get("ODOO_EMULATOR_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
			if (value != null && !value.isBlank()) {
				settings.put(name, value.trim());
			}
		}
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Expected --name=value, got " + arg);
			}
			int equals = arg.indexOf('=');
			settings.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		return settings;
	}

	private static Throttle throttle(String name) {
		return switch (name) {
			case "none" -> Throttle.none();
			case "odoo18" -> Throttle.odoo18Measured();
			default -> throw new IllegalArgumentException("throttle must be none or odoo18, not " + name);
		};
	}

	private static List<EmulatedUser> users(@Nullable String spec) {
		List<EmulatedUser> users = new ArrayList<>();
		for (String user : list(spec)) {
			String[] parts = user.split(":", 3);
			String email = (parts.length > 1) ? parts[1] : null;
			users.add(EmulatedUser.of(parts[0], (parts.length > 2) ? parts[2] : parts[0], email));
		}
		return users;
	}

	private static List<String> list(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter((item) -> !item.isEmpty()).toList();
	}

}
