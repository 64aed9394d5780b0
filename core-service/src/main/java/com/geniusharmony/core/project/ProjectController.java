package com.geniusharmony.core.project;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.core.api.PageQuery;
import com.geniusharmony.core.api.PageResponse;
import com.geniusharmony.support.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/projects}: create, read, list (filtered), update and archive projects, add
 * and remove members.
 */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

	private final ProjectService projects;

	ProjectController(ProjectService projects) {
		this.projects = projects;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ProjectResponse> create(@Valid @RequestBody CreateProjectRequest request, CurrentUser caller) {
		return this.projects.create(request, caller);
	}

	@GetMapping("/{id}")
	Mono<ProjectResponse> get(@PathVariable String id, CurrentUser caller) {
		return this.projects.get(id, caller);
	}

	@GetMapping
	Mono<PageResponse<ProjectResponse>> list(@RequestParam(required = false) @Min(1) @Nullable Integer page,
			@RequestParam(name = "page_size", required = false) @Min(1) @Max(100) @Nullable Integer pageSize,
			@RequestParam(required = false) @Nullable Boolean archived,
			@RequestParam(name = "owner_id", required = false) @Nullable String ownerId,
			@RequestParam(name = "member_id", required = false) @Nullable String memberId,
			@RequestParam(required = false) @Size(max = 200) @Nullable String search, CurrentUser caller) {
		ProjectFilter filter = new ProjectFilter(archived, id(ownerId), id(memberId), search,
				caller.isAdmin() ? null : Ids.parse(caller.id()).orElse(-1L));
		return this.projects.list(filter, new PageQuery(page, pageSize));
	}

	@PatchMapping("/{id}")
	Mono<ProjectResponse> update(@PathVariable String id, @Valid @RequestBody UpdateProjectRequest request,
			CurrentUser caller) {
		return this.projects.update(id, request, caller);
	}

	@DeleteMapping("/{id}")
	Mono<ProjectResponse> archive(@PathVariable String id, CurrentUser caller) {
		return this.projects.archive(id, caller);
	}

	@PostMapping("/{id}/members")
	Mono<ProjectResponse> addMember(@PathVariable String id, @Valid @RequestBody AddMemberRequest request,
			CurrentUser caller) {
		return this.projects.addMember(id, String.valueOf(request.userId()), caller);
	}

	@DeleteMapping("/{id}/members/{userId}")
	Mono<ProjectResponse> removeMember(@PathVariable String id, @PathVariable("userId") String userId,
			CurrentUser caller) {
		return this.projects.removeMember(id, userId, caller);
	}

	private static @Nullable Long id(@Nullable String id) {
		// an id that cannot exist filters everything out, as an id that does not exist
		// would
		return (id != null) ? Ids.parse(id).orElse(-1L) : null;
	}

}
