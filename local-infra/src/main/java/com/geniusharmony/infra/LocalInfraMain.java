package com.geniusharmony.infra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.slf4j.LoggerFactory;

/**
 * Runs Kafka, PostgreSQL and Redis for a local run of the services until SIGTERM or
 * SIGINT: those the environment does not name are started on fixed ports
 * ({@code HARMONY_KAFKA_PORT} 19092, {@code HARMONY_POSTGRES_PORT} 15432,
 * {@code HARMONY_REDIS_PORT} 16379) with their data under {@code <state-dir>/data}; once
 * everything answers it writes {@code <state-dir>/infra.env} and prints {@code READY}.
 */
public final class LocalInfraMain {

	private LocalInfraMain() {
	}

	/**
	 * Starts the stack and waits for the end of the JVM.
	 * @param args {@code --state-dir DIR} (default {@code .local})
	 * @throws InterruptedException never in practice: the JVM ends through its shutdown
	 * hook
	 */
	public static void main(String[] args) throws InterruptedException {
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "com/geniusharmony/infra/local-logback.xml");
		}
		if (args.length != 0 && (args.length != 2 || !args[0].equals("--state-dir"))) {
			System.err.println("Usage: java -jar local-infra.jar [--state-dir DIR]");
			System.exit(2);
			return;
		}
		Path stateDirectory = Path.of((args.length == 2) ? args[1] : ".local").toAbsolutePath();
		// logging starts here, before the servers start in parallel threads
		LoggerFactory.getLogger(LocalInfraMain.class).info("Starting the local infrastructure in {}", stateDirectory);
		LocalStack stack;
		try {
			stack = LocalStack.start(stateDirectory, System.getenv());
		}
		catch (RuntimeException ex) {
			System.err.println("The local infrastructure did not start: " + ex.getMessage());
			System.exit(1);
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping the local infrastructure");
			stack.close();
			System.out.println("STOPPED");
		}, "local-infra-stop"));
		System.out.println("Kafka " + stack.variables().get("KAFKA_BOOTSTRAP_SERVERS") + ", PostgreSQL "
				+ stack.variables().get("POSTGRES_HOST") + ":" + stack.variables().get("POSTGRES_PORT") + ", Redis "
				+ stack.variables().get("REDIS_URL").replaceAll("//[^@/]*@", "//") + "; variables in "
				+ stack.environmentFile());
		System.out.println("READY");
		new CountDownLatch(1).await();
	}

}
