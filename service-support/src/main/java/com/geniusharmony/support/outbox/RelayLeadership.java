package com.geniusharmony.support.outbox;

import java.time.Duration;

import com.geniusharmony.support.postgres.ListeningConnection;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

/**
 * Elects the one relay of a database: the replica whose dedicated connection holds a
 * PostgreSQL advisory lock. The same connection, kept alive by a
 * {@link ListeningConnection}, listens for the outbox's commit notifications. When the
 * connection dies, PostgreSQL releases the lock and a standby takes over.
 */
class RelayLeadership implements AutoCloseable, ListeningConnection.Listener {

	static final String CHANNEL = "harmony_outbox";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ListeningConnection listening;

	private final long lockKey;

	private final Runnable onWake;

	/** The connection that is up and listening, if any. */
	private volatile @Nullable PostgresqlConnection current;

	/**
	 * The connection the lock was taken on; the lock is held while it is the current one.
	 */
	private volatile @Nullable PostgresqlConnection locked;

	/**
	 * @param connections the service's connections (the lock's connection bypasses the
	 * pool)
	 * @param applicationName how the connection shows in {@code pg_stat_activity}
	 * @param lockKey the advisory lock
	 * @param checkInterval how often the connection is checked
	 * @param onWake called when the outbox may hold new rows: on a notification and on a
	 * new connection
	 */
	RelayLeadership(ConnectionFactory connections, String applicationName, long lockKey, Duration checkInterval,
			Runnable onWake) {
		this.listening = new ListeningConnection(connections, applicationName, CHANNEL, checkInterval, this);
		this.lockKey = lockKey;
		this.onWake = onWake;
	}

	void start() {
		this.listening.start();
	}

	boolean isConnected() {
		return this.current != null;
	}

	boolean isHeld() {
		PostgresqlConnection held = this.locked;
		return held != null && held == this.current;
	}

	/**
	 * The connection that holds the lock, for the relay's own queries.
	 * @return the connection, or {@code null} when the lock is not held
	 */
	@Nullable Connection connection() {
		PostgresqlConnection held = this.locked;
		return (held != null && held == this.current) ? held : null;
	}

	/**
	 * Tries to take the lock on the listening connection; blocks.
	 * @return whether this instance is now the relay
	 */
	boolean tryAcquire() {
		PostgresqlConnection candidate = this.current;
		if (candidate == null) {
			return false;
		}
		if (candidate == this.locked) {
			return true;
		}
		Boolean acquired = Flux
			.from(candidate.createStatement("select pg_try_advisory_lock($1)").bind("$1", this.lockKey).execute())
			.flatMap((result) -> result.map((row) -> row.get(0, Boolean.class)))
			.blockFirst(TIMEOUT);
		if (Boolean.TRUE.equals(acquired)) {
			this.locked = candidate;
			return true;
		}
		return false;
	}

	@Override
	public void connected(PostgresqlConnection connection) {
		this.current = connection;
		this.onWake.run();
	}

	@Override
	public void notified(String payload) {
		this.onWake.run();
	}

	@Override
	public void lost() {
		// the lock lived as long as the session
		this.current = null;
		this.locked = null;
		this.onWake.run();
	}

	@Override
	public void close() {
		this.listening.close();
	}

}
