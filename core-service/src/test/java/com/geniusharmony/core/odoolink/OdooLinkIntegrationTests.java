package com.geniusharmony.core.odoolink;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.geniusharmony.core.CoreIntegrationTest;
import com.geniusharmony.core.TestApi.NewUser;
import com.geniusharmony.core.TestEvents;
import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.json.EventJson;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OdooLinkIntegrationTests extends CoreIntegrationTest {

	@Autowired
	private OdooLinkListener listener;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Test
	void consumesTheLinksInTheServicesOneGroup() {
		assertThat(this.listeners.getListenerContainers()).isNotEmpty()
			.allSatisfy((container) -> assertThat(container.getGroupId()).isEqualTo("core-service"));
	}

	@Value("${harmony.topic.suffix}")
	private String suffix;

	@Test
	void showsTheOdooIdOfALinkedTaskWithoutChangingTheTask() throws Exception {
		NewUser owner = this.api.user("linked");
		String project = this.api.project(owner, List.of());
		String task = this.api.task(owner.token(), project, List.of());
		OdooLinkEstablished link = new OdooLinkEstablished(EntityKind.TASK, task, "project.task", 4242, 1, List.of());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers), new StringSerializer(),
				new ByteArraySerializer())) {
			EventEnvelope event = EventEnvelope.of(link, 1, Instant.now());
			producer
				.send(new ProducerRecord<>(Topic.ODOO_LINKS.name(this.suffix), event.key(),
						new EventJson().write(event)))
				.get();
		}
		await().untilAsserted(() -> {
			Map<?, ?> shown = this.api.ok(HttpMethod.GET, "/api/tasks/" + task, owner.token(), null);
			assertThat(shown.get("odoo_id")).isEqualTo(4242);
			assertThat(shown.get("sync_status")).isEqualTo("synced");
			assertThat(shown.get("version")).isEqualTo(1);
		});
		Map<?, ?> changed = this.api.ok(HttpMethod.PATCH, "/api/tasks/" + task, owner.token(), Map.of("title", "new"));
		assertThat(changed.get("version")).isEqualTo(2);
		assertThat(changed.get("sync_status")).isEqualTo("pending");
		assertThat(changed.get("odoo_id")).isEqualTo(4242);
		// the link itself published nothing: the task's events are its creation and the
		// one change
		List<EventEnvelope> events = TestEvents.awaitEvents(this.bootstrapServers, Topic.TASKS.name(this.suffix), task,
				2);
		assertThat(events).extracting(EventEnvelope::aggregateVersion).containsExactly(1L, 2L);
	}

	@Test
	void keepsTheNewestLinkWhenAnOlderOrDuplicateOneArrives() {
		NewUser user = this.api.user("relinked");
		this.listener.on(new OdooLinkEstablished(EntityKind.USER, user.id(), "res.partner", 77, 1, List.of()), 2);
		this.listener.on(new OdooLinkEstablished(EntityKind.USER, user.id(), "res.partner", 66, 1, List.of()), 1);
		this.listener.on(new OdooLinkEstablished(EntityKind.USER, user.id(), "res.partner", 55, 1, List.of()), 2);
		Map<?, ?> shown = this.api.ok(HttpMethod.GET, "/api/users/" + user.id(), user.token(), null);
		assertThat(shown.get("odoo_id")).isEqualTo(77);
		assertThat(shown.get("sync_status")).isEqualTo("synced");
	}

}
