package com.geniusharmony.notification.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.geniusharmony.notification.notification.NotificationType;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The statements of a deadline check: claiming a tick, and writing the reminders of a day
 * in one {@code INSERT ... SELECT} over the projection; and those of the daily digest,
 * which lists the same reminders in one notification per user.
 */
@Repository
class DeadlineCheckRepository {

	private static final String CLAIM = """
			insert into deadline_check (schedule_name, scheduled_at) values (:schedule, :scheduledAt)
			on conflict (schedule_name) do update set scheduled_at = excluded.scheduled_at, checked_at = now()
			where deadline_check.scheduled_at < excluded.scheduled_at
			""";

	// The reminders a day gives, one per open task and assignee, through the projection's
	// partial index: the open tasks due up to three days ahead (not in two days).
	private static final String DUE = """
			select t.task_id, t.project_id, t.title, t.deadline, a.user_id, p.name as project_name,
			    case when t.deadline < :today then :overdue
			        when t.deadline = :today then :dueToday
			        when t.deadline = cast(:today as date) + 1 then :dueTomorrow
			        else :dueIn3Days end as type
			from task_projection t
			join task_projection_assignee a on a.task_id = t.task_id
			left join project_name p on p.project_id = t.project_id
			where t.deadline is not null and t.status <> 'done' and not t.deleted
			    and t.deadline <= cast(:today as date) + 3 and t.deadline <> cast(:today as date) + 2
			""";

	// The unique index on (task, assignee, type, deadline) makes a repeated check, a
	// duplicate tick or two replicas checking at once write nothing twice. An assignee
	// who
	// muted the type, or takes the daily digest, gets none.
	private static final String CREATE_DUE = """
			with due as (%s), created as (
			    insert into notification (user_id, type, params, task_id, project_id, deadline, dedup_key)
			    select due.user_id, due.type,
			        jsonb_build_object('task', due.title, 'project', due.project_name,
			            'deadline', to_char(due.deadline, 'YYYY-MM-DD')),
			        due.task_id, due.project_id, due.deadline,
			        'deadline:' || due.type || ':' || to_char(due.deadline, 'YYYY-MM-DD') || ':' || due.task_id
			            || ':' || due.user_id
			    from due left join notification_preference np on np.user_id = due.user_id
			    where np.user_id is null or not (np.deadline_digest or due.type = any (np.muted_types))
			    on conflict do nothing
			    returning type
			)
			select type, count(*) as created from created group by type
			""".formatted(DUE);

	// One digest per user who takes it and day, its key the user and the day: a second
	// run, on any replica, writes nothing.
	private static final String CREATE_DIGESTS = """
			with due as (%s), created as (
			    insert into notification (user_id, type, params, dedup_key)
			    select due.user_id, :digest,
			        jsonb_build_object('tasks', jsonb_agg(jsonb_build_object('type', due.type,
			            'taskId', due.task_id, 'task', due.title, 'projectId', due.project_id,
			            'project', due.project_name, 'deadline', to_char(due.deadline, 'YYYY-MM-DD'))
			            order by due.deadline, due.title, due.task_id)),
			        'deadline_digest:' || :day || ':' || due.user_id
			    from due join notification_preference np on np.user_id = due.user_id and np.deadline_digest
			    where not (due.type = any (np.muted_types))
			    group by due.user_id
			    on conflict (dedup_key) do nothing
			    returning 1
			)
			select count(*) as created from created
			""".formatted(DUE);

	private final DatabaseClient database;

	DeadlineCheckRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Records a tick as the last one handled for its schedule, unless that one is as
	 * recent or more. Holds the schedule's row until the transaction ends, so that a
	 * second replica given the same tick waits and then finds it handled.
	 * @return whether the tick is the newest of its schedule
	 */
	Mono<Boolean> claim(String schedule, Instant scheduledAt) {
		return this.database.sql(CLAIM)
			.bind("schedule", schedule)
			.bind("scheduledAt", scheduledAt)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	/**
	 * Creates the reminders due on a day that do not exist yet.
	 * @param today the day
	 * @return how many were created, by type
	 */
	Mono<Map<NotificationType, Long>> createDue(LocalDate today) {
		return due(CREATE_DUE, today)
			.map((row) -> Map.entry(NotificationType.fromWireName(row.get("type", String.class)),
					row.get("created", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	/**
	 * Creates the day's digests that do not exist yet: for each user who takes the digest
	 * and has reminders that day, one notification listing them.
	 * @param today the day
	 * @return how many were created
	 */
	Mono<Long> createDigests(LocalDate today) {
		return due(CREATE_DIGESTS, today).bind("digest", NotificationType.DEADLINE_DIGEST.wireName())
			.bind("day", today.toString())
			.map((row) -> row.get("created", Long.class))
			.one();
	}

	/**
	 * Records that a day's digests were sent, unless that is known.
	 * @param today the day
	 * @param created how many this run created
	 */
	Mono<Void> recordDigestRun(LocalDate today, long created) {
		return this.database
			.sql("insert into deadline_digest_run (day, created) values (:day, :created) on conflict (day) do nothing")
			.bind("day", today)
			.bind("created", created)
			.then();
	}

	/**
	 * Whether a day's digests were sent.
	 * @param today the day
	 * @return whether a run recorded them
	 */
	Mono<Boolean> digestRunRecorded(LocalDate today) {
		return this.database.sql("select 1 from deadline_digest_run where day = :day")
			.bind("day", today)
			.map((row) -> true)
			.one()
			.defaultIfEmpty(false);
	}

	private DatabaseClient.GenericExecuteSpec due(String statement, LocalDate today) {
		return this.database.sql(statement)
			.bind("today", today)
			.bind("overdue", NotificationType.DEADLINE_OVERDUE.wireName())
			.bind("dueToday", NotificationType.DEADLINE_TODAY.wireName())
			.bind("dueTomorrow", NotificationType.DEADLINE_1DAY.wireName())
			.bind("dueIn3Days", NotificationType.DEADLINE_3DAYS.wireName());
	}

}
