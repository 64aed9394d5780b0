package com.geniusharmony.infra.kafka;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.geniusharmony.infra.server.EmbeddedServer;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.infra.server.StartupWait;

/**
 * A KRaft broker (broker and controller in one process) in its own JVM, started with this
 * JVM's {@code java} and classpath; stop, start and kill act on that process and keep its
 * port and data.
 */
final class EmbeddedKafkaServer extends EmbeddedServer implements KafkaServer {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedKafkaServer.class);

	private static final Duration STARTUP = Duration.ofMinutes(2);

	private static final Duration PROBE = Duration.ofMillis(100);

	private final Path directory;

	private final Path logDirectory;

	private final int controllerPort;

	private EmbeddedKafkaServer(Path directory, int port, int controllerPort) {
		super("The Kafka broker", port, STARTUP);
		this.directory = directory;
		this.logDirectory = directory.resolve("data");
		this.controllerPort = controllerPort;
	}

	static EmbeddedKafkaServer launch(Path directory, int port, int controllerPort) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create " + directory, ex);
		}
		EmbeddedKafkaServer server = new EmbeddedKafkaServer(directory.toAbsolutePath(), port, controllerPort);
		server.start();
		return server;
	}

	@Override
	public String bootstrapServers() {
		return "127.0.0.1:" + port();
	}

	@Override
	protected List<String> command() {
		Ports.requireFree(port(), "the Kafka broker");
		Ports.requireFree(this.controllerPort, "the Kafka controller");
		Path config = BrokerProperties.write(this.directory, this.logDirectory, port(), this.controllerPort);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return List.of(java, "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
				"-Dlogback.configurationFile=com/geniusharmony/infra/kafka/broker-logback.xml", "-cp", classpath(),
				KafkaBrokerMain.class.getName(), config.toString(), this.logDirectory.toString());
	}

	@Override
	protected Path logFile() {
		return this.directory.resolve("broker.log");
	}

	/**
	 * This JVM's classpath with absolute entries; under Surefire it is one manifest-only
	 * jar whose {@code Class-Path} the child JVM follows in the same way. When the tests
	 * run on the module path (a module with a {@code module-info}), the modules' jars are
	 * there instead, and the broker needs some of them (Jackson).
	 */
	private static String classpath() {
		return Stream.of("java.class.path", "jdk.module.path")
			.map((property) -> System.getProperty(property, ""))
			.flatMap((path) -> Stream.of(path.split(File.pathSeparator)))
			.filter((entry) -> !entry.isEmpty())
			.map((entry) -> Path.of(entry).toAbsolutePath().toString())
			.collect(Collectors.joining(File.pathSeparator));
	}

	@Override
	protected void awaitReady(StartupWait wait) {
		wait.until(() -> Ports.answers("127.0.0.1", port(), PROBE));
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
		try (Admin admin = Admin.create(config)) {
			wait.until(() -> describesNodes(admin, wait));
		}
	}

	private boolean describesNodes(Admin admin, StartupWait wait) {
		try {
			Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000))
				.nodes()
				.get(10, TimeUnit.SECONDS);
			return !nodes.isEmpty();
		}
		catch (ExecutionException | TimeoutException ex) {
			logger.debug("Kafka broker on {} does not answer yet: {}", bootstrapServers(), ex.getMessage());
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw wait.failure("was interrupted while starting");
		}
	}

}
