package com.geniusharmony.support.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.geniusharmony.support.security.CurrentUser;

/**
 * Endpoints that fail in each of the ways the problem-details handler must answer.
 */
@RestController
class SampleController {

	enum SampleStatus {

		TODO, IN_PROGRESS

	}

	record CreateSample(@NotBlank String displayName, @NotNull LocalDate dueDate,
			@Nullable @Size(max = 2) List<String> memberIds, @Nullable SampleStatus status) {
	}

	@PostMapping("/samples")
	Mono<CreateSample> create(@Valid @RequestBody CreateSample request) {
		return Mono.just(request);
	}

	@GetMapping("/samples")
	Mono<String> list(@RequestParam int page) {
		return Mono.just("page " + page);
	}

	@GetMapping("/samples/{id}")
	Mono<String> get(@PathVariable String id) {
		return Mono.error(new ResourceNotFoundException("sample", id));
	}

	@PostMapping("/samples/taken")
	Mono<String> taken() {
		return Mono.error(new ConflictException("The name is already taken.", "display_name"));
	}

	@GetMapping("/samples/checked")
	Mono<String> checked(@RequestParam String owner) {
		return Mono.error(new InvalidFieldsException("owner", "must be an active user"));
	}

	@PostMapping("/samples/admin-only")
	Mono<String> adminOnly() {
		new CurrentUser("7", "user-7", Set.of("user")).requireAdmin("archive samples");
		return Mono.just("archived");
	}

	@GetMapping("/samples/broken")
	Mono<String> broken() {
		return Mono.error(new IllegalStateException("SELECT password FROM users failed"));
	}

}
