package com.geniusharmony.odoosync.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.geniusharmony.events.user.UserState;
import com.geniusharmony.odoosync.state.StoredStates;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Finds the Odoo user of each assignee through the email of the user's latest state, and
 * says why an assignee has none.
 */
@Component
class Assignees {

	private final StoredStates states;

	private final OdooUsers odooUsers;

	Assignees(StoredStates states, OdooUsers odooUsers) {
		this.states = states;
		this.odooUsers = odooUsers;
	}

	Mono<Resolved> resolve(Collection<String> userIds) {
		return this.states.users(userIds).flatMap((users) -> {
			Set<String> emails = users.values()
				.stream()
				.map(Assignees::email)
				.filter((email) -> !email.isEmpty())
				.collect(Collectors.toSet());
			return this.odooUsers.byEmail(emails).map((odooIds) -> new Resolved(users, odooIds));
		});
	}

	private static String email(UserState user) {
		return user.email().strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * The assignees' users and the Odoo users found for their emails.
	 *
	 * @param users the users known to the sync, by id
	 * @param odooUserIds the Odoo user of each email that has one
	 */
	record Resolved(Map<String, UserState> users, Map<String, Long> odooUserIds) {

		@Nullable Long odooUserId(String userId) {
			UserState user = this.users.get(userId);
			return (user != null) ? this.odooUserIds.get(email(user)) : null;
		}

		List<String> warnings(List<String> userIds) {
			List<String> warnings = new ArrayList<>();
			for (String userId : userIds.stream().distinct().toList()) {
				UserState user = this.users.get(userId);
				if (user == null) {
					warnings.add("Assignee " + userId + " is not known to the sync yet, so not assigned in Odoo");
				}
				else if (email(user).isEmpty()) {
					warnings.add("Assignee " + userId + " (" + user.username()
							+ ") has no email to find an Odoo user by, so not assigned in Odoo");
				}
				else if (!this.odooUserIds.containsKey(email(user))) {
					warnings.add("Assignee " + userId + " (" + user.email()
							+ ") is not an Odoo user, so not assigned in Odoo");
				}
			}
			return warnings;
		}

	}

}
