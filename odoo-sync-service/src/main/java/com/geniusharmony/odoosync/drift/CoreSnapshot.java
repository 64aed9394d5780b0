package com.geniusharmony.odoosync.drift;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Every user, project and task of core-service, as its REST API shows them (snake_case
 * JSON objects).
 *
 * @param users the users, deactivated ones included
 * @param projects the projects, archived ones included
 * @param tasks the tasks (deleted ones are gone)
 */
record CoreSnapshot(List<JsonNode> users, List<JsonNode> projects, List<JsonNode> tasks) {

	CoreSnapshot {
		users = List.copyOf(users);
		projects = List.copyOf(projects);
		tasks = List.copyOf(tasks);
	}

}
