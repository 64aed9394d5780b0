package com.geniusharmony.odooemulator.bench;

/**
 * The request bodies of one benchmark scenario.
 */
final class Scenario {

	private static final String PREFIX = "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"id\":1,\"params\":{\"service\":"
			+ "\"object\",\"method\":\"execute_kw\",\"args\":[\"harmony\",2,\"admin\",";

	private final String name;

	private final OdooEmulatorLoadDriver driver;

	Scenario(String name, OdooEmulatorLoadDriver driver) {
		this.name = name;
		this.driver = driver;
		if (!name.equals("create") && !name.equals("load100") && !name.equals("upsert100")) {
			throw new IllegalArgumentException("Unknown scenario " + name);
		}
	}

	int recordsPerRequest() {
		return this.name.equals("create") ? 1 : 100;
	}

	String nextBody(int worker) {
		if (this.name.equals("create")) {
			long n = this.driver.next();
			return PREFIX + "\"res.partner\",\"create\",[{\"name\":\"Bench User " + n + "\",\"email\":\"user" + n
					+ "@example.com\",\"ref\":\"gh-user-" + n + "\"}],{}]}}";
		}
		StringBuilder rows = new StringBuilder();
		long batch = this.driver.next();
		for (int i = 0; i < 100; i++) {
			String id = this.name.equals("upsert100") ? "bench.task_w" + worker + "_" + i
					: "bench.task_" + batch + "_" + i;
			if (i > 0) {
				rows.append(',');
			}
			rows.append("[\"")
				.append(id)
				.append("\",\"Task ")
				.append(batch)
				.append('/')
				.append(i)
				.append("\",\"2026-12-01 17:00:00\",\"<p>synced</p>\"]");
		}
		return PREFIX + "\"project.task\",\"load\",[[\"id\",\"name\",\"date_deadline\",\"description\"],[" + rows
				+ "]],{}]}}";
	}

}
