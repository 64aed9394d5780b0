package com.geniusharmony.core.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/projects/{id}/members}.
 *
 * @param userId the user to add
 */
record AddMemberRequest(@NotBlank @Size(max = 40) @Nullable String userId) {

}
