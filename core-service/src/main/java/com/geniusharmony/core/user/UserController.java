package com.geniusharmony.core.user;

import com.geniusharmony.core.api.PageQuery;
import com.geniusharmony.core.api.PageResponse;
import com.geniusharmony.support.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * {@code /api/users}: create, read, list, update and deactivate users.
 */
@RestController
@RequestMapping("/api/users")
class UserController {

	private final UserService users;

	UserController(UserService users) {
		this.users = users;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<UserResponse> create(@Valid @RequestBody CreateUserRequest request, CurrentUser caller) {
		return this.users.create(request, caller);
	}

	@GetMapping("/{id}")
	Mono<UserResponse> get(@PathVariable String id, CurrentUser caller) {
		return this.users.get(id, caller);
	}

	@GetMapping
	Mono<PageResponse<UserResponse>> list(@RequestParam(required = false) @Min(1) @Nullable Integer page,
			@RequestParam(name = "page_size", required = false) @Min(1) @Max(100) @Nullable Integer pageSize,
			CurrentUser caller) {
		return this.users.list(new PageQuery(page, pageSize), caller);
	}

	@PatchMapping("/{id}")
	Mono<UserResponse> update(@PathVariable String id, @Valid @RequestBody UpdateUserRequest request,
			CurrentUser caller) {
		return this.users.update(id, request, caller);
	}

	@DeleteMapping("/{id}")
	Mono<UserResponse> deactivate(@PathVariable String id, CurrentUser caller) {
		return this.users.deactivate(id, caller);
	}

}
