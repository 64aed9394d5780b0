package com.geniusharmony.core.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.support.web.InvalidFieldsException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Checks what a project refers to: its owner and members must be active users, its end
 * not before its start. A wrong reference is a 400 naming the field.
 */
@Component
class ProjectReferences {

	private final ProjectRepository projects;

	ProjectReferences(ProjectRepository projects) {
		this.projects = projects;
	}

	Mono<References> check(String ownerId, @Nullable List<String> memberIds, @Nullable LocalDate startDate,
			@Nullable LocalDate endDate) {
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			return Mono.error(new InvalidFieldsException("end_date", "must not be before start_date"));
		}
		List<String> members = (memberIds != null) ? memberIds : List.of();
		List<Long> wanted = new ArrayList<>();
		for (String member : members) {
			wanted.add(Ids.parse(member).orElse(-1L));
		}
		return user(ownerId, "owner_id")
			.flatMap((owner) -> this.projects.existingActiveUsers(wanted).flatMap((found) -> {
				for (int i = 0; i < wanted.size(); i++) {
					if (!found.contains(wanted.get(i))) {
						return Mono
							.error(new InvalidFieldsException("member_ids[" + i + "]", "must be an active user"));
					}
				}
				return Mono.just(new References(owner, List.copyOf(new LinkedHashSet<>(wanted))));
			}));
	}

	Mono<Long> user(String id, String field) {
		Optional<Long> parsed = Ids.parse(id);
		return Mono.justOrEmpty(parsed)
			.flatMap((userId) -> this.projects.existingActiveUsers(List.of(userId)))
			.filter((found) -> !found.isEmpty())
			.map((found) -> found.get(0))
			.switchIfEmpty(Mono.error(() -> new InvalidFieldsException(field, "must be an active user")));
	}

	record References(long ownerId, List<Long> memberIds) {

	}

}
