package com.geniusharmony.notification.deadline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.support.testing.LoadAverage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Load driver, not a test ({@code ./mvnw -pl notification-service -Pbench verify}): the
 * deadline check over a projection of 1,000,000 tasks (30 % open, deadlines spread over a
 * year around today, 1.5 assignees each among 20,000 users). Runs the check for today
 * twice, then for tomorrow, timing each and counting the rows written; writes its table
 * to {@code target/benchmark-deadline.md}.
 */
class DeadlineCheckBenchmark extends NotificationIntegrationTest {

	private static final int TASKS = Integer.getInteger("bench.tasks", 1_000_000);

	private static final int USERS = 20_000;

	@Autowired
	private DeadlineTicks ticks;

	@Autowired
	private DatabaseClient database;

	@Test
	void measure() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of(TIME_ZONE));
		long loading = System.nanoTime();
		load(today);
		double loadSeconds = (System.nanoTime() - loading) / 1e9;
		String plan = String.join("\n", this.database.sql("explain (costs off) " + """
				select t.task_id, a.user_id from task_projection t
				join task_projection_assignee a on a.task_id = t.task_id
				where t.deadline is not null and t.status <> 'done' and not t.deleted
				    and t.deadline <= cast(:today as date) + 3 and t.deadline <> cast(:today as date) + 2
				""").bind("today", today).map((row) -> row.get(0, String.class)).all().collectList().block());
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """
				| run (%,d tasks, %,d assignee rows, loaded in %.0f s) | time | notifications written |
				|---|---:|---:|
				""", TASKS, count("task_projection_assignee"), loadSeconds));
		String loadBefore = LoadAverage.now();
		for (LocalDate day : List.of(today, today, today.plusDays(1), today.plusDays(1))) {
			long started = System.nanoTime();
			DeadlineCheckResult result = this.ticks.check(day).block(Duration.ofMinutes(30));
			double seconds = (System.nanoTime() - started) / 1e9;
			table.append(String.format(Locale.ROOT, "| check for %s | %.2f s | %,d (%s) |%n", day, seconds,
					result.total(), result.summary()));
		}
		long duplicates = this.database.sql("""
				select count(*) from (select 1 from notification where deadline is not null
				    group by task_id, user_id, type, deadline having count(*) > 1) d
				""").map((row) -> row.get(0, Long.class)).one().block();
		table.append(String.format(Locale.ROOT, "%nDuplicates (task, assignee, type, deadline): %d. "
				+ "Load average before / after: %s / %s%n%nPlan of the query that selects the due reminders:%n%n```%n%s%n```%n",
				duplicates, loadBefore, LoadAverage.now(), plan));
		System.out.println(table);
		Files.writeString(Path.of("target", "benchmark-deadline.md"), table);
	}

	private void load(LocalDate today) {
		execute("""
				insert into task_projection (task_id, project_id, title, status, deadline, version)
				select 'bench-' || i, 'project-' || (i % 1000), 'Task ' || i,
				    case when i % 10 < 7 then 'done' else 'todo' end, cast(:today as date) + cast((i::bigint * 7919) % 361 - 180 as integer), 1
				from generate_series(1, :tasks) as i
				""",
				today);
		execute("""
				insert into task_projection_assignee (task_id, user_id)
				select 'bench-' || i, 'bench-user-' || (i % :users) from generate_series(1, :tasks) as i
				union all
				select 'bench-' || i, 'bench-user-' || ((i / 2 + 7) % :users) from generate_series(2, :tasks, 2) as i
				on conflict do nothing
				""", today);
		this.database.sql("analyze task_projection").then().block();
		this.database.sql("analyze task_projection_assignee").then().block();
	}

	private void execute(String sql, LocalDate today) {
		DatabaseClient.GenericExecuteSpec statement = this.database.sql(sql).bind("tasks", TASKS);
		if (sql.contains(":today")) {
			statement = statement.bind("today", today);
		}
		if (sql.contains(":users")) {
			statement = statement.bind("users", USERS);
		}
		statement.then().block(Duration.ofMinutes(30));
	}

	private long count(String table) {
		return this.database.sql("select count(*) from " + table).map((row) -> row.get(0, Long.class)).one().block();
	}

}
