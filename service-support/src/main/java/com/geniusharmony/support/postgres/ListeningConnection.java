package com.geniusharmony.support.postgres;

import java.time.Duration;
import java.util.Objects;

import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Keeps one dedicated connection {@code LISTEN}ing on a channel: opens it, names it in
 * {@code pg_stat_activity}, checks every interval that it still answers (a silent network
 * loss shows no error otherwise), and opens a new one with a growing back-off when it is
 * lost. Its owner hears when a connection is up, each notification's payload, and when
 * the connection is lost; what was committed while no connection listened is the owner's
 * to catch up on when it hears the next one is up.
 */
public final class ListeningConnection implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ListeningConnection.class);

	private static final Duration FIRST_RETRY = Duration.ofMillis(200);

	private static final Duration LAST_RETRY = Duration.ofSeconds(10);

	private final ConnectionFactory connections;

	private final String applicationName;

	private final String channel;

	private final Duration checkInterval;

	private final Listener listener;

	private volatile @Nullable Disposable listening;

	/**
	 * @param connections the service's connection factory; a pool is bypassed, since the
	 * connection is held for as long as it lives
	 * @param applicationName how the connection shows in {@code pg_stat_activity}
	 * @param channel the channel to listen on
	 * @param checkInterval how often the connection is asked whether it still answers
	 * @param listener what to tell
	 */
	public ListeningConnection(ConnectionFactory connections, String applicationName, String channel,
			Duration checkInterval, Listener listener) {
		this.connections = unpooled(connections);
		this.applicationName = applicationName;
		this.channel = channel;
		this.checkInterval = checkInterval;
		this.listener = listener;
	}

	/** Starts listening, in the background; idempotent. */
	public synchronized void start() {
		if (this.listening == null) {
			this.listening = listen().subscribe(this.listener::notified);
		}
	}

	public boolean isStarted() {
		return this.listening != null;
	}

	/** Stops listening and closes the connection. */
	@Override
	public synchronized void close() {
		Disposable current = this.listening;
		this.listening = null;
		if (current != null) {
			current.dispose();
		}
	}

	/**
	 * The driver's own factory under the pool and any other wrapper (a tracing or
	 * recording proxy): only its connections receive notifications.
	 */
	private static ConnectionFactory unpooled(ConnectionFactory connections) {
		ConnectionFactory factory = connections;
		while (factory instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
			factory = inner;
		}
		return factory;
	}

	private Flux<String> listen() {
		return Flux
			.usingWhen(Mono.from(this.connections.create()).cast(PostgresqlConnection.class), this::listenOn,
					this::closed, (connection, error) -> closed(connection), this::closed)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, FIRST_RETRY)
				.maxBackoff(LAST_RETRY)
				.doBeforeRetry((signal) -> log.warn("Listening on channel {} failed ({}); connecting again",
						this.channel, signal.failure().getMessage())));
	}

	private Mono<Void> closed(Connection connection) {
		this.listener.lost();
		return Mono.from(connection.close()).onErrorResume((ex) -> Mono.empty());
	}

	private Flux<String> listenOn(PostgresqlConnection connection) {
		Mono<Void> listen = execute(connection, "set application_name = '" + this.applicationName + "'")
			.then(execute(connection, "listen " + this.channel))
			.then(Mono.fromRunnable(() -> {
				log.info("Listening on channel {}", this.channel);
				this.listener.connected(connection);
			}));
		Flux<String> payloads = connection.getNotifications()
			.map(Notification::getParameter)
			.filter(Objects::nonNull)
			.map(String::valueOf);
		// subscribed to before LISTEN runs: the driver drops the notifications nobody is
		// subscribed to, so one committed just after LISTEN would otherwise be missed
		return Flux.merge(payloads, listen.thenMany(watchdog(connection)))
			.concatWith(Mono.error(() -> new IllegalStateException("the listening connection closed")));
	}

	private static Mono<Void> execute(PostgresqlConnection connection, String sql) {
		return Flux.from(connection.createStatement(sql).execute()).flatMap(PostgresqlResult::getRowsUpdated).then();
	}

	/** Fails once the connection no longer answers. */
	private Flux<String> watchdog(PostgresqlConnection connection) {
		// a check slower than the interval (a starved machine) skips ticks instead of
		// failing the interval, which would close the connection and the relay's work on
		// it
		return Flux.interval(this.checkInterval)
			.onBackpressureDrop()
			.concatMap((tick) -> Mono.from(connection.validate(ValidationDepth.REMOTE)))
			.filter((valid) -> !valid)
			.next()
			.flatMapMany((invalid) -> Flux.error(new IllegalStateException("the listening connection is lost")));
	}

	/**
	 * What a {@link ListeningConnection}'s owner hears. Called on the connection's
	 * threads: implementations hand work over instead of blocking.
	 */
	public interface Listener {

		/**
		 * A connection is up and listening; notifications committed before were missed.
		 * @param connection the connection, which the owner may also query (the lock of a
		 * session lives as long as it)
		 */
		void connected(PostgresqlConnection connection);

		/**
		 * A notification arrived on the channel; it may come just before
		 * {@link #connected} on the same connection.
		 * @param payload its payload, empty if it had none
		 */
		void notified(String payload);

		/** The connection is lost or closed; a new one is being made unless stopped. */
		void lost();

	}

}
