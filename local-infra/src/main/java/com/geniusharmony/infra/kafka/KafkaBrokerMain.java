package com.geniusharmony.infra.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kafka.Kafka;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * Main class of the broker JVM: formats the storage on first start, runs
 * {@code kafka.Kafka}, and exits when its standard input closes, which happens when the
 * JVM that started it ends, however it ends.
 */
final class KafkaBrokerMain {

	private KafkaBrokerMain() {
	}

	/**
	 * Runs the broker.
	 * @param args the {@code server.properties} file and the log directory it names
	 */
	public static void main(String[] args) {
		String config = args[0];
		Path logDirectory = Path.of(args[1]);
		Thread watchdog = new Thread(KafkaBrokerMain::exitWhenInputCloses, "parent-watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
		if (!Files.exists(logDirectory.resolve("meta.properties"))) {
			int status = StorageTool.execute(
					new String[] { "format", "--config", config, "--cluster-id", Uuid.randomUuid().toString() },
					System.out);
			if (status != 0) {
				System.exit(status);
			}
		}
		Kafka.main(new String[] { config });
	}

	private static void exitWhenInputCloses() {
		try {
			while (System.in.read() != -1) {
				// nothing is ever written; the read ends when the parent goes away
			}
		}
		catch (IOException ex) {
			// a broken pipe means the parent went away too
		}
		System.out.println("The parent process ended; stopping the broker.");
		Thread halt = new Thread(() -> {
			try {
				Thread.sleep(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			Runtime.getRuntime().halt(1);
		}, "halt-if-stuck");
		halt.setDaemon(true);
		halt.start();
		System.exit(0);
	}

}
