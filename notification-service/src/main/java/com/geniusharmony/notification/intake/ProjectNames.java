package com.geniusharmony.notification.intake;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The projects' names ({@code project_name}), kept from their events: a message names the
 * project, or shows its id while its name is not known yet.
 */
@Component
class ProjectNames {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final DatabaseClient database;

	ProjectNames(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Keeps a project's name, unless a later event gave one already.
	 * @param projectId the project
	 * @param name its name
	 * @param version the event's aggregate version
	 */
	void remember(String projectId, String name, long version) {
		this.database
			.sql("insert into project_name (project_id, name, version) values (:id, :name, :version)"
					+ " on conflict (project_id) do update set name = excluded.name, version = excluded.version"
					+ " where project_name.version < excluded.version")
			.bind("id", projectId)
			.bind("name", name)
			.bind("version", version)
			.then()
			.block(TIMEOUT);
	}

	/**
	 * A project's name.
	 * @param projectId the project
	 * @return its name, or null while it is not known (the message then shows the id)
	 */
	@Nullable String name(String projectId) {
		Optional<String> name = this.database.sql("select name from project_name where project_id = :id")
			.bind("id", projectId)
			.map((row) -> row.get("name", String.class))
			.one()
			.blockOptional(TIMEOUT);
		return name.orElse(null);
	}

}
