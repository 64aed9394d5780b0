package com.geniusharmony.notification.intake;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.events.project.ProjectState;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The projects' names ({@code project_name}), kept from their events: a message names the
 * project, or shows its id while its name is not known yet.
 */
@Component
class ProjectNames {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Many names in one statement; a name replaces one of a lower version only. */
	private static final String REMEMBER = """
			insert into project_name (project_id, name, version)
			select * from unnest(cast(:ids as text[]), cast(:names as text[]), cast(:versions as bigint[]))
			on conflict (project_id) do update set name = excluded.name, version = excluded.version
			where project_name.version < excluded.version
			""";

	private final DatabaseClient database;

	ProjectNames(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Keeps projects' names, each unless a later event gave one already.
	 * @param projects the projects as their events carried them, with the events'
	 * aggregate versions
	 */
	void remember(List<Versioned> projects) {
		Map<String, Versioned> latest = new LinkedHashMap<>();
		projects.forEach((project) -> latest.merge(project.state().id(), project,
				(kept, next) -> (next.version() > kept.version()) ? next : kept));
		if (latest.isEmpty()) {
			return;
		}
		this.database.sql(REMEMBER)
			.bind("ids", latest.keySet().toArray(String[]::new))
			.bind("names", latest.values().stream().map((project) -> project.state().name()).toArray(String[]::new))
			.bind("versions", latest.values().stream().map(Versioned::version).toArray(Long[]::new))
			.then()
			.block(TIMEOUT);
	}

	/**
	 * Projects' names, in one query.
	 * @param projectIds the projects
	 * @return the names known, by project id (a message shows the id of a project missing
	 * here)
	 */
	Map<String, String> names(Collection<String> projectIds) {
		if (projectIds.isEmpty()) {
			return Map.of();
		}
		return this.database.sql("select project_id, name from project_name where project_id = any(:ids)")
			.bind("ids", projectIds.stream().distinct().toArray(String[]::new))
			.map((row) -> Map.entry(row.get("project_id", String.class), row.get("name", String.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block(TIMEOUT);
	}

	/**
	 * A project's state with the aggregate version of the event that carried it.
	 */
	record Versioned(ProjectState state, long version) {
	}

}
