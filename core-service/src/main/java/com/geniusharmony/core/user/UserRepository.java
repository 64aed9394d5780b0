package com.geniusharmony.core.user;

import java.util.Map;

import com.geniusharmony.core.api.PageQuery;
import com.geniusharmony.core.api.StaleVersionException;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code app_user} table. An update writes only over the version it read.
 */
@Repository
class UserRepository {

	private static final String COLUMNS = "id, username, email, first_name, last_name, password_hash, active, admin, version";

	private final DatabaseClient database;

	UserRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<User> findById(long id) {
		return this.database.sql("select " + COLUMNS + " from app_user where id = :id")
			.bind("id", id)
			.map(UserRepository::user)
			.one();
	}

	Mono<User> findByUsername(String username) {
		return this.database.sql("select " + COLUMNS + " from app_user where lower(username) = lower(:username)")
			.bind("username", username)
			.map(UserRepository::user)
			.one();
	}

	/**
	 * Whether another user has an email address, as the unique index compares them.
	 * @param email the address
	 * @param userId the user who would take it
	 * @return whether a user other than that one has it
	 */
	Mono<Boolean> emailTakenByAnother(String email, long userId) {
		return this.database
			.sql("select exists (select 1 from app_user where lower(email) = lower(:email) and id <> :id)")
			.bind("email", email)
			.bind("id", userId)
			.map((row) -> row.get(0, Boolean.class))
			.one();
	}

	Flux<User> page(PageQuery page) {
		return this.database.sql("select " + COLUMNS + " from app_user order by id limit :limit offset :offset")
			.bind("limit", page.size())
			.bind("offset", page.offset())
			.map(UserRepository::user)
			.all();
	}

	Mono<Long> count() {
		return this.database.sql("select count(*) from app_user").map((row) -> row.get(0, Long.class)).one();
	}

	Mono<User> insert(User user) {
		return this.database.sql("""
				insert into app_user (username, email, first_name, last_name, password_hash, active, admin, version)
				values (:username, :email, :firstName, :lastName, :passwordHash, :active, :admin, :version)
				returning""" + " " + COLUMNS).bindValues(fields(user)).map(UserRepository::user).one();
	}

	/**
	 * Writes a changed user.
	 * @param user the new state, with its new version
	 * @param readVersion the version the change was based on
	 * @return completes when written, or fails with {@link StaleVersionException}
	 */
	Mono<Void> update(User user, long readVersion) {
		return this.database.sql("""
				update app_user set username = :username, email = :email, first_name = :firstName,
					last_name = :lastName, password_hash = :passwordHash, active = :active, admin = :admin,
					version = :version, updated_at = now()
				where id = :id and version = :readVersion""")
			.bindValues(fields(user))
			.bind("id", user.id())
			.bind("readVersion", readVersion)
			.fetch()
			.rowsUpdated()
			.as((rows) -> StaleVersionException.unlessOneRow(rows, "user", user.id()));
	}

	/**
	 * The stored fields of a user, by the parameter names of the insert and the update.
	 */
	private static Map<String, Object> fields(User user) {
		return Map.of("username", user.username(), "email", user.email(), "firstName", user.firstName(), "lastName",
				user.lastName(), "passwordHash", user.passwordHash(), "active", user.active(), "admin", user.admin(),
				"version", user.version());
	}

	private static User user(Readable row) {
		return new User(row.get("id", Long.class), row.get("username", String.class), row.get("email", String.class),
				row.get("first_name", String.class), row.get("last_name", String.class),
				row.get("password_hash", String.class), row.get("active", Boolean.class),
				row.get("admin", Boolean.class), row.get("version", Long.class));
	}

}
