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
 * in one {@code INSERT ... SELECT} over the projection.
 */
@Repository
class DeadlineCheckRepository {

	private static final String CLAIM = """
			insert into deadline_check (schedule_name, scheduled_at) values (:schedule, :scheduledAt)
			on conflict (schedule_name) do update set scheduled_at = excluded.scheduled_at, checked_at = now()
			where deadline_check.scheduled_at < excluded.scheduled_at
			""";

	// Reads only the open tasks due up to three days ahead through their partial index;
	// the unique index on (task, assignee, type, deadline) makes a repeated check, a
	// duplicate tick or two replicas checking at once write nothing twice.
	private static final String CREATE_DUE = """
			with due as (
			    select t.task_id, t.project_id, t.title, t.deadline, a.user_id,
			        case when t.deadline < :today then :overdue
			            when t.deadline = :today then :dueToday
			            when t.deadline = cast(:today as date) + 1 then :dueTomorrow
			            else :dueIn3Days end as type
			    from task_projection t
			    join task_projection_assignee a on a.task_id = t.task_id
			    where t.deadline is not null and t.status <> 'done' and not t.deleted
			        and t.deadline <= cast(:today as date) + 3 and t.deadline <> cast(:today as date) + 2
			), created as (
			    insert into notification (user_id, type, title, message, task_id, project_id, deadline, dedup_key)
			    select due.user_id, due.type, format(m.title, due.title),
			        format(m.message, due.title, coalesce('"' || p.name || '"', due.project_id),
			            to_char(due.deadline, 'YYYY-MM-DD')),
			        due.task_id, due.project_id, due.deadline,
			        'deadline:' || due.type || ':' || to_char(due.deadline, 'YYYY-MM-DD') || ':' || due.task_id
			            || ':' || due.user_id
			    from due left join project_name p on p.project_id = due.project_id
			    join (values (:type0, :title0, :message0), (:type1, :title1, :message1),
			        (:type2, :title2, :message2), (:type3, :title3, :message3)) as m (type, title, message)
			        on m.type = due.type
			    on conflict do nothing
			    returning type
			)
			select type, count(*) as created from created group by type
			""";

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
		DatabaseClient.GenericExecuteSpec statement = this.database.sql(CREATE_DUE)
			.bind("today", today)
			.bind("overdue", NotificationType.DEADLINE_OVERDUE.wireName())
			.bind("dueToday", NotificationType.DEADLINE_TODAY.wireName())
			.bind("dueTomorrow", NotificationType.DEADLINE_1DAY.wireName())
			.bind("dueIn3Days", NotificationType.DEADLINE_3DAYS.wireName());
		for (int i = 0; i < DeadlineMessages.ALL.size(); i++) {
			DeadlineMessages messages = DeadlineMessages.ALL.get(i);
			statement = statement.bind("type" + i, messages.type().wireName())
				.bind("title" + i, messages.title())
				.bind("message" + i, messages.message());
		}
		return statement
			.map((row) -> Map.entry(NotificationType.fromWireName(row.get("type", String.class)),
					row.get("created", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

}
