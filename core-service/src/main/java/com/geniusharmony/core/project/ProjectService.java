package com.geniusharmony.core.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.Function;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.core.api.PageQuery;
import com.geniusharmony.core.api.PageResponse;
import com.geniusharmony.core.api.Transactions;
import com.geniusharmony.core.odoolink.OdooLinks;
import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.support.outbox.OutboxWriter;
import com.geniusharmony.support.security.CurrentUser;
import com.geniusharmony.support.web.ForbiddenException;
import com.geniusharmony.support.web.ResourceNotFoundException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The use cases of projects. Administrators manage every project; an owner manages
 * theirs; members see theirs; nobody else learns that a project exists.
 */
@Service
class ProjectService {

	private final ProjectRepository projects;

	private final ProjectReferences references;

	private final OutboxWriter outbox;

	private final Transactions transactions;

	private final OdooLinks odooLinks;

	ProjectService(ProjectRepository projects, ProjectReferences references, OutboxWriter outbox,
			Transactions transactions, OdooLinks odooLinks) {
		this.projects = projects;
		this.references = references;
		this.outbox = outbox;
		this.transactions = transactions;
		this.odooLinks = odooLinks;
	}

	Mono<ProjectResponse> create(CreateProjectRequest request, CurrentUser caller) {
		String ownerId = (request.ownerId() != null) ? request.ownerId() : caller.id();
		if (!caller.isAdmin() && !ownerId.equals(caller.id())) {
			throw new ForbiddenException("Only an administrator may create a project for another owner.");
		}
		return this.references.check(ownerId, request.memberIds(), request.startDate(), request.endDate())
			.flatMap((refs) -> this.transactions.write(() -> this.projects
				.insert(new Project(0, request.name(), orEmpty(request.description()), refs.ownerId(),
						request.startDate(), request.endDate(), false, 1, refs.memberIds()))
				.flatMap((created) -> this.outbox.append(List.of(new ProjectCreated(created.state())), 0, Instant.now())
					.thenReturn(created))))
			.flatMap(this::response);
	}

	Mono<ProjectResponse> get(String id, CurrentUser caller) {
		return visible(id, caller).flatMap(this::response);
	}

	Mono<PageResponse<ProjectResponse>> list(ProjectFilter filter, PageQuery page) {
		return this.projects.page(filter, page)
			.flatMap(this::responses)
			.zipWith(this.projects.count(filter), (results, count) -> PageResponse.of(page, count, results));
	}

	Mono<ProjectResponse> update(String id, UpdateProjectRequest request, CurrentUser caller) {
		String ownerId = request.getOwnerId();
		return this.transactions
			.write(() -> managed(id, caller)
				.flatMap(
						(project) -> this.references
							.check((ownerId != null) ? ownerId : Ids.format(project.ownerId()), request.getMemberIds(),
									request.startDate(project.startDate()), request.endDate(project.endDate()))
							.flatMap((refs) -> change(project,
									new Project(project.id(), or(request.getName(), project.name()),
											or(request.getDescription(), project.description()), refs.ownerId(),
											request.startDate(project.startDate()), request.endDate(project.endDate()),
											project.archived(), project.version(), (request.getMemberIds() != null)
													? refs.memberIds() : project.memberIds())))))
			.flatMap(this::response);
	}

	Mono<ProjectResponse> archive(String id, CurrentUser caller) {
		return changeManaged(id, caller, (project) -> Mono.just(project.asArchived()));
	}

	Mono<ProjectResponse> addMember(String id, String userId, CurrentUser caller) {
		return changeManaged(id, caller, (project) -> this.references.user(userId, "user_id").map((member) -> {
			List<Long> members = new ArrayList<>(project.memberIds());
			if (!members.contains(member)) {
				members.add(member);
			}
			return project.withMembers(members);
		}));
	}

	Mono<ProjectResponse> removeMember(String id, String userId, CurrentUser caller) {
		return changeManaged(id, caller, (project) -> {
			long member = Ids.parse(userId).filter(project.memberIds()::contains).orElse(-1L);
			if (member < 0) {
				return Mono.error(new ResourceNotFoundException("member of project " + id, userId));
			}
			return Mono.just(project.withMembers(project.memberIds().stream().filter((m) -> m != member).toList()));
		});
	}

	private Mono<ProjectResponse> changeManaged(String id, CurrentUser caller,
			Function<Project, Mono<Project>> change) {
		return this.transactions
			.write(() -> managed(id, caller)
				.flatMap((project) -> change.apply(project).flatMap((next) -> change(project, next))))
			.flatMap(this::response);
	}

	/**
	 * Writes a change of a project in the caller's transaction: its new state, its
	 * version raised by one per event, and its events ({@link ProjectEvents}) in the
	 * outbox. A change that changes nothing writes nothing and keeps the version.
	 * @param previous the project as read
	 * @param next its new state, with the version it was read at
	 * @return the project as written (as read when nothing changed), or a
	 * {@link com.geniusharmony.core.api.StaleVersionException} if it changed meanwhile
	 */
	Mono<Project> change(Project previous, Project next) {
		List<EventPayload> events = ProjectEvents.between(previous, next);
		if (events.isEmpty()) {
			return Mono.just(previous);
		}
		Project written = next.withVersion(previous.version() + events.size());
		return this.projects.update(written, previous, previous.version())
			.then(this.outbox.append(ProjectEvents.between(previous, written), previous.version(), Instant.now()))
			.thenReturn(written);
	}

	private Mono<Project> visible(String id, CurrentUser caller) {
		return Mono.justOrEmpty(Ids.parse(id))
			.flatMap(this.projects::findById)
			.filter((project) -> caller.isAdmin() || Ids.parse(caller.id()).map(project::isOwnerOrMember).orElse(false))
			.switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("project", id)));
	}

	private Mono<Project> managed(String id, CurrentUser caller) {
		return visible(id, caller)
			.flatMap((project) -> (caller.isAdmin() || Ids.format(project.ownerId()).equals(caller.id()))
					? Mono.just(project) : Mono
						.error(new ForbiddenException("Only the project's owner or an administrator may change it.")));
	}

	/**
	 * The responses of a page: one query for their Odoo links, whatever the page's size.
	 */
	private Mono<List<ProjectResponse>> responses(List<Project> projects) {
		return this.odooLinks
			.findAll(EntityKind.PROJECT, projects.stream().collect(Collectors.toMap(Project::id, Project::version)))
			.map((links) -> projects.stream()
				.map((project) -> ProjectResponse.of(project, links.get(project.id())))
				.toList());
	}

	private Mono<ProjectResponse> response(Project project) {
		return this.odooLinks.find(EntityKind.PROJECT, project.id(), project.version())
			.map((odoo) -> ProjectResponse.of(project, odoo));
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static String or(@Nullable String value, String otherwise) {
		return (value != null) ? value : otherwise;
	}

}
