package com.geniusharmony.odoosync.batch;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.odoosync.OperatorTokens;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.ops.EntitySyncState;
import com.geniusharmony.odoosync.ops.SyncOperations;
import com.geniusharmony.odoosync.state.SyncStatus;
import com.geniusharmony.support.kafka.EventRecords;
import com.geniusharmony.support.kafka.TopicNames;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service without any {@code ODOO_*} variable (the same context as the odoo package's
 * not-configured tests): changes are recorded and stay pending, with no attempt spent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = OperatorTokens.SECRET_PROPERTY)
@AutoConfigureWebTestClient(timeout = "30s")
@RealInfrastructure
class SyncNotConfiguredIntegrationTests {

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private TopicNames topicNames;

	@Autowired
	private SyncOperations operations;

	@Test
	void keepsChangesPendingWithoutSpendingAttempts() throws Exception {
		String id = TestEvents.newId();
		EventEnvelope event = TestEvents.event(new UserCreated(TestEvents.user(id, "Quy", "Wait", "quy@example.com")),
				1);
		this.kafka.send(this.topicNames.of(event.topic()), event.key(), EventRecords.write(event))
			.get(10, TimeUnit.SECONDS);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.operations.lastDrain().stoppedBy() != null
					&& this.operations.find(EntityKind.USER, id).blockOptional().isPresent());
		assertThat(this.operations.lastDrain().stoppedBy()).contains("ODOO_HOST");
		EntitySyncState state = this.operations.find(EntityKind.USER, id).block();
		assertThat(state.status()).isEqualTo(SyncStatus.PENDING);
		assertThat(state.attempts()).isZero();
		assertThat(state.pendingSince()).isNotNull();
	}

}
