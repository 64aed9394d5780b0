package com.geniusharmony.core.outbox;

import java.util.concurrent.atomic.AtomicInteger;

import com.geniusharmony.core.CoreIntegrationTest;
import com.geniusharmony.core.TestApi;
import com.geniusharmony.core.TestEvents;
import com.geniusharmony.events.Topic;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RelayLeadershipIntegrationTests extends CoreIntegrationTest {

	private static final long LOCK = 42_4242L;

	@Autowired
	private ConnectionFactory connectionFactory;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private OutboxProperties outboxProperties;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Value("${harmony.topic.suffix}")
	private String suffix;

	@Test
	void onlyOneInstanceHoldsTheRelayLockAndAStandbyTakesOverWhenItsConnectionDies() {
		ConnectionFactory unpooled = (ConnectionFactory) ((Wrapped<?>) this.connectionFactory).unwrap();
		try (RelayLeadership first = new RelayLeadership(unpooled, LOCK, () -> {
		}); RelayLeadership second = new RelayLeadership(unpooled, LOCK, () -> {
		})) {
			assertThat(first.tryAcquire()).isTrue();
			assertThat(second.tryAcquire()).isFalse();
			assertThat(first.stillHeld()).isTrue();
			// the relay's process dies: PostgreSQL ends its session and releases the lock
			this.database
				.sql("select pg_terminate_backend(pid) from pg_locks"
						+ " where locktype = 'advisory' and objid::text::bigint = :lock and granted")
				.bind("lock", LOCK)
				.fetch()
				.rowsUpdated()
				.block();
			await().until(() -> !first.stillHeld());
			assertThat(second.tryAcquire()).isTrue();
		}
	}

	@Test
	void theRelayComesBackWhenItsDatabaseSessionIsTerminated() {
		this.api.user("before");
		// PostgreSQL restarted, or an operator ended the session: the relay's connection
		// and lock are gone
		await().until(() -> terminateSessionsHolding(this.outboxProperties.lockKey()) > 0);
		TestApi.NewUser after = this.api.user("after");
		TestEvents.awaitEvents(this.bootstrapServers, Topic.USERS.name(this.suffix), after.id(), 1);
	}

	private long terminateSessionsHolding(long lock) {
		Long terminated = this.database
			.sql("select count(pg_terminate_backend(pid)) from pg_locks"
					+ " where locktype = 'advisory' and ((classid::bigint << 32) | objid::bigint) = :lock and granted")
			.bind("lock", lock)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
		return (terminated != null) ? terminated : 0;
	}

	@Test
	void theRelayIsWokenByTheCommitOfAnOutboxRow() {
		ConnectionFactory unpooled = (ConnectionFactory) ((Wrapped<?>) this.connectionFactory).unwrap();
		AtomicInteger notifications = new AtomicInteger();
		try (RelayLeadership leadership = new RelayLeadership(unpooled, LOCK + 1, notifications::incrementAndGet)) {
			assertThat(leadership.tryAcquire()).isTrue();
			// any change that writes an event notifies on commit
			this.api.user("wake");
			await().until(() -> notifications.get() > 0);
		}
	}

}
