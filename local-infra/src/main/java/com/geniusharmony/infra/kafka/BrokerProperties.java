package com.geniusharmony.infra.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code server.properties} of a single-node KRaft broker (broker and controller in
 * one process) on 127.0.0.1, sized for tests and local runs.
 */
final class BrokerProperties {

	private BrokerProperties() {
	}

	static Path write(Path directory, Path logDirectory, int port, int controllerPort) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("process.roles", "broker,controller");
		settings.put("node.id", "1");
		settings.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		settings.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
		settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		settings.put("controller.listener.names", "CONTROLLER");
		settings.put("inter.broker.listener.name", "PLAINTEXT");
		settings.put("log.dirs", logDirectory.toString());
		settings.put("num.partitions", "1");
		settings.put("default.replication.factor", "1");
		settings.put("min.insync.replicas", "1");
		settings.put("offsets.topic.replication.factor", "1");
		settings.put("offsets.topic.num.partitions", "10");
		settings.put("transaction.state.log.replication.factor", "1");
		settings.put("transaction.state.log.min.isr", "1");
		settings.put("transaction.state.log.num.partitions", "10");
		settings.put("share.coordinator.state.topic.replication.factor", "1");
		settings.put("share.coordinator.state.topic.min.isr", "1");
		settings.put("group.initial.rebalance.delay.ms", "0");
		settings.put("auto.create.topics.enable", "true");
		settings.put("delete.topic.enable", "true");
		settings.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
		settings.put("log.retention.hours", "24");
		settings.put("log.retention.check.interval.ms", "60000");
		settings.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
		settings.put("num.network.threads", "2");
		settings.put("num.io.threads", "4");
		Properties properties = new Properties();
		properties.putAll(settings);
		Path file = directory.resolve("server.properties");
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			properties.store(writer, "Single-node KRaft broker for tests and local runs");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
		return file;
	}

}
