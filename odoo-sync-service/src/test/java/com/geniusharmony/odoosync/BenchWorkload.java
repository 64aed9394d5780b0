package com.geniusharmony.odoosync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserState;

/**
 * The benchmark's data, as core-service would publish it on creation: users with names
 * and emails (the first two those of the Odoo users Alice and Bob), projects with an
 * owner and members, tasks spread over the projects, each with a description, a deadline
 * within three months around today and one assignee (every tenth a second one, Alice).
 *
 * @param users the users' events
 * @param projects the projects' events
 * @param tasks the tasks' events
 */
record BenchWorkload(List<EventEnvelope> users, List<EventEnvelope> projects, List<EventEnvelope> tasks) {

	static BenchWorkload of(int users, int projects, int tasks) {
		return of("", users, projects, tasks);
	}

	/**
	 * The workload with entity ids starting with a prefix, apart from another workload's.
	 */
	static BenchWorkload of(String prefix, int users, int projects, int tasks) {
		Instant now = Instant.now();
		LocalDate today = LocalDate.now();
		List<EventEnvelope> userEvents = new ArrayList<>(users);
		for (int i = 1; i <= users; i++) {
			String email = switch (i) {
				case 1 -> Objects.requireNonNull(SyncTestOdoo.ALICE.email());
				case 2 -> Objects.requireNonNull(SyncTestOdoo.BOB.email());
				default -> "user" + i + "@example.com";
			};
			userEvents.add(EventEnvelope.of(
					new UserCreated(new UserState(id(prefix, i), "user" + i, email, "First" + i, "Last" + i, true)), 1,
					now));
		}
		List<EventEnvelope> projectEvents = new ArrayList<>(projects);
		for (int i = 1; i <= projects; i++) {
			String owner = id(prefix, 1 + (i * 7) % users);
			ProjectState project = new ProjectState(id(prefix, i), "Project " + i, "Deliverables of project " + i + ".",
					owner, List.of(owner, id(prefix, 1 + (i * 13) % users)), today.minusDays(i % 30),
					today.plusDays(90), false);
			projectEvents.add(EventEnvelope.of(new ProjectCreated(project), 1, now));
		}
		List<EventEnvelope> taskEvents = new ArrayList<>(tasks);
		for (int i = 1; i <= tasks; i++) {
			List<String> assignees = (i % 10 == 0) ? List.of(id(prefix, 1 + (i * 31) % users), id(prefix, 1))
					: List.of(id(prefix, 1 + (i * 31) % users));
			TaskState task = new TaskState(id(prefix, i), id(prefix, 1 + i % projects), "Task " + i,
					"Steps for task " + i + ".\nCheck with the owner.", TaskStatus.values()[i % 2],
					today.plusDays(i % 90 - 30), assignees);
			taskEvents.add(EventEnvelope.of(new TaskCreated(task), 1, now));
		}
		return new BenchWorkload(userEvents, projectEvents, taskEvents);
	}

	int size() {
		return this.users.size() + this.projects.size() + this.tasks.size();
	}

	/**
	 * Every event, users first, then projects, then tasks, as core-service creates them.
	 */
	List<EventEnvelope> events() {
		return Stream.of(this.users, this.projects, this.tasks).flatMap(List::stream).toList();
	}

	private static String id(String prefix, int i) {
		return prefix + i;
	}

}
