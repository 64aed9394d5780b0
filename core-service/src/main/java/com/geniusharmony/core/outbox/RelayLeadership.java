package com.geniusharmony.core.outbox;

import java.time.Duration;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Elects the one relay of a database: the replica whose dedicated connection holds a
 * PostgreSQL advisory lock. The same connection listens for the outbox's commit
 * notifications. When the connection dies, PostgreSQL releases the lock and a standby
 * takes over.
 */
class RelayLeadership implements AutoCloseable {

	static final String CHANNEL = "harmony_outbox";

	private static final Logger log = LoggerFactory.getLogger(RelayLeadership.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ConnectionFactory connections;

	private final long lockKey;

	private final Runnable onNotification;

	private @Nullable PostgresqlConnection connection;

	private @Nullable Disposable listening;

	RelayLeadership(ConnectionFactory connections, long lockKey, Runnable onNotification) {
		this.connections = connections;
		this.lockKey = lockKey;
		this.onNotification = onNotification;
	}

	boolean isHeld() {
		return this.connection != null;
	}

	/**
	 * The connection that holds the lock, for the relay's own queries.
	 * @return the connection, or {@code null} when the lock is not held
	 */
	@Nullable Connection connection() {
		return this.connection;
	}

	/**
	 * Tries to take the lock on a new dedicated connection and to listen on it.
	 * @return whether this instance is now the relay
	 */
	boolean tryAcquire() {
		PostgresqlConnection candidate = (PostgresqlConnection) Mono.from(this.connections.create()).block(TIMEOUT);
		if (candidate == null) {
			return false;
		}
		try {
			Boolean locked = Flux
				.from(candidate.createStatement("select pg_try_advisory_lock($1)").bind("$1", this.lockKey).execute())
				.flatMap((result) -> result.map((row) -> row.get(0, Boolean.class)))
				.blockFirst(TIMEOUT);
			if (!Boolean.TRUE.equals(locked)) {
				close(candidate);
				return false;
			}
			this.listening = candidate.getNotifications().subscribe((notification) -> this.onNotification.run());
			Flux.from(candidate.createStatement("listen " + CHANNEL).execute())
				.flatMap((result) -> result.getRowsUpdated())
				.blockLast(TIMEOUT);
			this.connection = candidate;
			return true;
		}
		catch (RuntimeException ex) {
			close(candidate);
			throw ex;
		}
	}

	/**
	 * Whether the lock is still held: its connection still answers.
	 * @return false, after releasing everything, if the connection was lost
	 */
	boolean stillHeld() {
		PostgresqlConnection current = this.connection;
		if (current == null) {
			return false;
		}
		Boolean valid = Mono.from(current.validate(ValidationDepth.REMOTE)).onErrorReturn(false).block(TIMEOUT);
		if (Boolean.TRUE.equals(valid)) {
			return true;
		}
		log.warn("The outbox relay lost its database connection, and with it the relay lock");
		release();
		return false;
	}

	void release() {
		Disposable subscription = this.listening;
		if (subscription != null) {
			subscription.dispose();
		}
		PostgresqlConnection current = this.connection;
		this.connection = null;
		this.listening = null;
		if (current != null) {
			close(current);
		}
	}

	@Override
	public void close() {
		release();
	}

	private static void close(Connection connection) {
		Mono.from(connection.close()).onErrorResume((ex) -> Mono.empty()).block(TIMEOUT);
	}

}
