package com.geniusharmony.core.project;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/projects}.
 *
 * @param name the project's name
 * @param description optional description
 * @param ownerId the owner's user id; the caller when absent, and only an administrator
 * may name another
 * @param memberIds the members' user ids
 * @param startDate first day, {@code YYYY-MM-DD}, optional
 * @param endDate last day, not before the first, optional
 */
record CreateProjectRequest(@NotBlank @Size(max = 200) @Nullable String name,
		@Size(max = 10000) @Nullable String description, @Size(max = 40) @Nullable String ownerId,
		@Size(max = 1000) @Nullable List<@NotBlank @Size(max = 40) String> memberIds, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate) {

}
