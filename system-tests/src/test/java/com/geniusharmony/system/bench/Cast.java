package com.geniusharmony.system.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.geniusharmony.system.api.CoreApi;

/**
 * The people and the project of one run, created through core-service's API: an owner,
 * assignees who are members of the owner's project.
 *
 * @param ownerToken the owner's token
 * @param projectId the project
 * @param assignees the assignees
 */
record Cast(String ownerToken, String projectId, List<Person> assignees) {

	private static final String PASSWORD = "correct horse battery";

	static Cast create(CoreApi core, String adminToken, int assigneeCount) {
		String tag = Long.toHexString(UUID.randomUUID().getLeastSignificantBits() >>> 40);
		JsonNode owner = core.createUser(adminToken, "owner-" + tag, "owner-" + tag + "@example.com", "Owner", tag,
				PASSWORD);
		List<Person> assignees = new ArrayList<>();
		for (int i = 0; i < assigneeCount; i++) {
			String username = "assignee-" + i + "-" + tag;
			JsonNode user = core.createUser(adminToken, username, username + "@example.com", "Assignee", i + "-" + tag,
					PASSWORD);
			assignees.add(new Person(user.get("id").asString(), core.token(username, PASSWORD)));
		}
		String ownerToken = core.token("owner-" + tag, PASSWORD);
		String projectId = core
			.createProject(ownerToken, "Load " + tag, owner.get("id").asString(),
					assignees.stream().map(Person::id).toList())
			.get("id")
			.asString();
		return new Cast(ownerToken, projectId, List.copyOf(assignees));
	}

	/**
	 * An assignee.
	 *
	 * @param id the user's id
	 * @param token a token of theirs
	 */
	record Person(String id, String token) {

	}

}
