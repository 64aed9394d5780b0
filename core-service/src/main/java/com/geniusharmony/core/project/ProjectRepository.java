package com.geniusharmony.core.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.core.api.PageQuery;
import com.geniusharmony.core.api.SqlValues;
import com.geniusharmony.core.api.StaleVersionException;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

/**
 * The {@code project} table, with the members from {@link ProjectMemberRepository}. An
 * update writes only over the version it read.
 */
@Repository
class ProjectRepository {

	private static final String COLUMNS = "p.id, p.name, p.description, p.owner_id, p.start_date, p.end_date, p.archived, p.version";

	private final DatabaseClient database;

	private final ProjectMemberRepository members;

	ProjectRepository(DatabaseClient database, ProjectMemberRepository members) {
		this.database = database;
		this.members = members;
	}

	Mono<Project> findById(long id) {
		return this.database.sql("select " + COLUMNS + " from project p where p.id = :id")
			.bind("id", id)
			.map(ProjectRepository::project)
			.one()
			.flatMap(this::withMembers);
	}

	/**
	 * A page of projects with their members, in two queries whatever the page's size.
	 */
	Mono<List<Project>> page(ProjectFilter filter, PageQuery page) {
		Map<String, Object> binds = new LinkedHashMap<>();
		String where = where(filter, binds);
		GenericExecuteSpec spec = this.database
			.sql("select " + COLUMNS + " from project p" + where + " order by p.id limit :limit offset :offset")
			.bind("limit", page.size())
			.bind("offset", page.offset());
		for (Map.Entry<String, Object> bind : binds.entrySet()) {
			spec = spec.bind(bind.getKey(), bind.getValue());
		}
		return spec.map(ProjectRepository::project).all().collectList().flatMap(this::withMembers);
	}

	Mono<Long> count(ProjectFilter filter) {
		Map<String, Object> binds = new LinkedHashMap<>();
		GenericExecuteSpec spec = this.database.sql("select count(*) from project p" + where(filter, binds));
		for (Map.Entry<String, Object> bind : binds.entrySet()) {
			spec = spec.bind(bind.getKey(), bind.getValue());
		}
		return spec.map((row) -> row.get(0, Long.class)).one();
	}

	Mono<Project> insert(Project project) {
		return this.database.sql("""
				insert into project as p (name, description, owner_id, start_date, end_date, archived, version)
				values (:name, :description, :ownerId, :startDate, :endDate, false, :version)
				returning""" + " " + COLUMNS)
			.bind("name", project.name())
			.bind("description", project.description())
			.bind("ownerId", project.ownerId())
			.bind("startDate", SqlValues.date(project.startDate()))
			.bind("endDate", SqlValues.date(project.endDate()))
			.bind("version", project.version())
			.map(ProjectRepository::project)
			.one()
			.flatMap((created) -> this.members.replace(created.id(), List.of(), project.memberIds())
				.thenReturn(created.withMembers(project.memberIds())));
	}

	/**
	 * Writes a changed project and its members.
	 * @param changed the new state, with its new version
	 * @param previous the state the change was based on
	 * @param readVersion the version the change was based on
	 * @return the new state, or a {@link StaleVersionException} if the project changed
	 * meanwhile
	 */
	Mono<Project> update(Project changed, Project previous, long readVersion) {
		return this.database.sql("""
				update project set name = :name, description = :description, owner_id = :ownerId,
					start_date = :startDate, end_date = :endDate, archived = :archived, version = :version,
					updated_at = now()
				where id = :id and version = :readVersion""")
			.bind("id", changed.id())
			.bind("name", changed.name())
			.bind("description", changed.description())
			.bind("ownerId", changed.ownerId())
			.bind("startDate", SqlValues.date(changed.startDate()))
			.bind("endDate", SqlValues.date(changed.endDate()))
			.bind("archived", changed.archived())
			.bind("version", changed.version())
			.bind("readVersion", readVersion)
			.fetch()
			.rowsUpdated()
			.as((rows) -> StaleVersionException.unlessOneRow(rows, "project", changed.id()))
			.then(Mono.defer(() -> this.members.replace(changed.id(), previous.memberIds(), changed.memberIds())))
			.thenReturn(changed);
	}

	Mono<List<Long>> existingActiveUsers(List<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.database.sql("select id from app_user where id = any(:ids) and active")
			.bind("ids", ids.toArray(Long[]::new))
			.map((row) -> row.get(0, Long.class))
			.all()
			.collectList();
	}

	private Mono<Project> withMembers(Project project) {
		return withMembers(List.of(project)).map((projects) -> projects.get(0));
	}

	private Mono<List<Project>> withMembers(List<Project> projects) {
		return this.members.of(projects.stream().map(Project::id).toList())
			.map((byProject) -> projects.stream()
				.map((project) -> project.withMembers(byProject.getOrDefault(project.id(), List.of())))
				.toList());
	}

	private static String where(ProjectFilter filter, Map<String, Object> binds) {
		List<String> conditions = new ArrayList<>();
		if (filter.archived() != null) {
			conditions.add("p.archived = :archived");
			binds.put("archived", filter.archived());
		}
		if (filter.ownerId() != null) {
			conditions.add("p.owner_id = :ownerId");
			binds.put("ownerId", filter.ownerId());
		}
		if (filter.memberId() != null) {
			conditions
				.add("exists (select 1 from project_member m where m.project_id = p.id and m.user_id = :memberId)");
			binds.put("memberId", filter.memberId());
		}
		if (filter.search() != null && !filter.search().isBlank()) {
			conditions.add("p.name ilike :search");
			binds.put("search", "%" + filter.search().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.visibleTo() != null) {
			conditions.add("(p.owner_id = :caller or exists (select 1 from project_member v"
					+ " where v.project_id = p.id and v.user_id = :caller))");
			binds.put("caller", filter.visibleTo());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static Project project(Readable row) {
		return new Project(row.get("id", Long.class), row.get("name", String.class),
				row.get("description", String.class), row.get("owner_id", Long.class),
				row.get("start_date", LocalDate.class), row.get("end_date", LocalDate.class),
				row.get("archived", Boolean.class), row.get("version", Long.class), List.of());
	}

}
