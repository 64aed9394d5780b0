package com.geniusharmony.odoosync.odoolink;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.support.kafka.EventRecords;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move of the links to the shared outbox: a link the broker had not acknowledged
 * before the upgrade is published after it, as the link event the service writes itself.
 */
class LinkOutboxMigrationIntegrationTests {

	private final PostgresServer postgres = Infrastructure.shared().postgres();

	private final String database = this.postgres.createDatabase("sync_links");

	@AfterEach
	void dropDatabase() {
		this.postgres.dropDatabase(this.database);
	}

	@Test
	void movesTheUnacknowledgedLinksIntoTheOutboxAsLinkEvents() throws SQLException {
		migrate("1");
		try (Connection connection = connect()) {
			insertVersion1Link(connection, "task", "42", "project.task", 1187, 8,
					"[\"assignee 12 is not an Odoo user\"]", 3, 2);
			insertVersion1Link(connection, "user", "7", "res.partner", 55, 2, "[]", 1, 1);
		}

		migrate("latest");

		try (Connection connection = connect();
				PreparedStatement select = connection.prepareStatement(
						"select event_id, topic, aggregate_id, aggregate_version, event_type, payload from outbox");
				ResultSet rows = select.executeQuery()) {
			List<EventEnvelope> events = new ArrayList<>();
			while (rows.next()) {
				EventEnvelope event = EventRecords.read(rows.getBytes("payload"));
				assertThat(rows.getObject("event_id", UUID.class)).isEqualTo(event.eventId());
				assertThat(rows.getString("topic")).isEqualTo(event.topic().name());
				assertThat(rows.getString("aggregate_id")).isEqualTo(event.key());
				assertThat(rows.getLong("aggregate_version")).isEqualTo(event.aggregateVersion());
				assertThat(rows.getString("event_type")).isEqualTo(event.type().wireName());
				events.add(event);
			}
			assertThat(events).singleElement().satisfies((event) -> {
				assertThat(event.aggregateVersion()).isEqualTo(3);
				assertThat(event.payload()).isEqualTo(new OdooLinkEstablished(EntityKind.TASK, "42", "project.task",
						1187, 8, List.of("assignee 12 is not an Odoo user")));
			});
		}
	}

	private void migrate(String version) {
		Flyway.configure()
			.dataSource(this.postgres.jdbcUrl(this.database), this.postgres.username(), this.postgres.password())
			.target(version)
			.load()
			.migrate();
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.postgres.jdbcUrl(this.database), this.postgres.username(),
				this.postgres.password());
	}

	private static void insertVersion1Link(Connection connection, String kind, String entityId, String model,
			long odooId, long syncedVersion, String warnings, long linkVersion, long sentVersion) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into odoo_link (kind, entity_id,"
				+ " odoo_model, odoo_id, synced_version, warnings, link_version, sent_version)"
				+ " values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)")) {
			insert.setString(1, kind);
			insert.setString(2, entityId);
			insert.setString(3, model);
			insert.setLong(4, odooId);
			insert.setLong(5, syncedVersion);
			insert.setString(6, warnings);
			insert.setLong(7, linkVersion);
			insert.setLong(8, sentVersion);
			insert.executeUpdate();
		}
	}

}
