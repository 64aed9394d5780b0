package com.geniusharmony.odoosync.state;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectEvent;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.user.UserEvent;
import com.geniusharmony.events.user.UserState;
import io.r2dbc.postgresql.codec.Json;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The latest states of other entities a row needs: the users assigned to a task (for
 * their emails), the project of a task (whether it is archived).
 */
@Component
public class StoredStates {

	private final DatabaseClient database;

	StoredStates(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * The latest states of users.
	 * @return those the store has, by id
	 */
	public Mono<Map<String, UserState>> users(Collection<String> ids) {
		return states(EntityKind.USER, ids, UserEvent.class, UserEvent::user);
	}

	/**
	 * The latest states of projects.
	 * @return those the store has, by id
	 */
	public Mono<Map<String, ProjectState>> projects(Collection<String> ids) {
		return states(EntityKind.PROJECT, ids, ProjectEvent.class, ProjectEvent::project);
	}

	/**
	 * The users that have given emails, case-insensitively; an email of several users
	 * goes to the lowest id.
	 * @param emails emails in lower case
	 * @return the user id of each email that has one
	 */
	public Mono<Map<String, String>> usersByEmail(Collection<String> emails) {
		if (emails.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.database
			.sql("select lower(event->'data'->'user'->>'email') as email, min(entity_id) as entity_id"
					+ " from sync_entity where kind = 'user' and lower(event->'data'->'user'->>'email') = any(:emails)"
					+ " group by 1")
			.bind("emails", emails.stream().distinct().toArray(String[]::new))
			.map((row) -> Map.entry(row.get("email", String.class), row.get("entity_id", String.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	private <E extends EventPayload, T> Mono<Map<String, T>> states(EntityKind kind, Collection<String> ids,
			Class<E> type, Function<E, T> state) {
		if (ids.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.database
			.sql("select entity_id, event from sync_entity where kind = :kind and entity_id = any(:ids)")
			.bind("kind", kind.wireName())
			.bind("ids", ids.stream().distinct().toArray(String[]::new))
			.map((row) -> Map.entry(row.get("entity_id", String.class),
					StoredEvents.read(row.get("event", Json.class)).payload()))
			.all()
			.filter((entry) -> type.isInstance(entry.getValue()))
			.collectMap(Map.Entry::getKey, (entry) -> state.apply(type.cast(entry.getValue())));
	}

}
