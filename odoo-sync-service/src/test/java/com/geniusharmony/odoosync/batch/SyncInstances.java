package com.geniusharmony.odoosync.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.support.kafka.EventRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What several odoo-sync-service instances in their own JVMs share, as a deployment's
 * replicas do: one database, topic suffix, Redis key prefix and Odoo. Tests start the
 * instances with {@link #environment(String)}, publish events, and count the store's
 * rows.
 */
public final class SyncInstances implements AutoCloseable {

	private final PostgresServer postgres = Infrastructure.shared().postgres();

	private final String database;

	private final String suffix;

	private final Map<String, String> environment = new HashMap<>();

	public SyncInstances(String name, OdooEmulator odoo, Map<String, String> settings) {
		this.database = this.postgres.createDatabase("sync_" + name);
		this.suffix = name + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.environment.put("POSTGRES_HOST", this.postgres.host());
		this.environment.put("POSTGRES_PORT", Integer.toString(this.postgres.port()));
		this.environment.put("POSTGRES_USER", this.postgres.username());
		this.environment.put("POSTGRES_PASSWORD", this.postgres.password());
		this.environment.put("POSTGRES_DB", this.database);
		this.environment.put("KAFKA_BOOTSTRAP_SERVERS", Infrastructure.shared().kafka().bootstrapServers());
		this.environment.put("HARMONY_TOPIC_SUFFIX", this.suffix);
		this.environment.put("REDIS_URL", Infrastructure.shared().redis().uri());
		this.environment.put("HARMONY_REDIS_KEY_PREFIX", this.suffix + ":");
		this.environment.put("ODOO_HOST", "127.0.0.1");
		this.environment.put("ODOO_PORT", Integer.toString(odoo.port()));
		this.environment.put("ODOO_PROTOCOL", "jsonrpc");
		this.environment.put("ODOO_DB", odoo.config().database());
		this.environment.put("ODOO_USERNAME", odoo.config().login());
		this.environment.put("ODOO_PASSWORD", odoo.config().password());
		this.environment.putAll(settings);
	}

	/**
	 * The environment of one instance.
	 * @param instance its name, under which it claims rows
	 * @return the variables
	 */
	public Map<String, String> environment(String instance) {
		Map<String, String> own = new HashMap<>(this.environment);
		own.put("HARMONY_SYNC_INSTANCE_ID", instance);
		return own;
	}

	public void publish(List<EventEnvelope> events) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				this.environment.get("KAFKA_BOOTSTRAP_SERVERS"));
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			for (EventEnvelope event : events) {
				producer.send(
						new ProducerRecord<>(event.topic().name(this.suffix), event.key(), EventRecords.write(event)));
			}
			producer.flush();
		}
	}

	/**
	 * Counts the entities of the sync store that meet a condition.
	 * @param condition an SQL condition on {@code sync_entity}
	 * @return the count
	 */
	public long count(String condition) throws SQLException {
		return count("sync_entity", condition);
	}

	/**
	 * Counts the rows of a table of the store that meet a condition.
	 * @param table the table, such as {@code odoo_change}
	 * @param condition an SQL condition on it
	 * @return the count
	 */
	public long count(String table, String condition) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.postgres.jdbcUrl(this.database),
				this.postgres.username(), this.postgres.password());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from " + table + " where " + condition)) {
			result.next();
			return result.getLong(1);
		}
	}

	/**
	 * @return the suffix of the instances' topics
	 */
	public String topicSuffix() {
		return this.suffix;
	}

	@Override
	public void close() {
		this.postgres.dropDatabase(this.database);
	}

}
