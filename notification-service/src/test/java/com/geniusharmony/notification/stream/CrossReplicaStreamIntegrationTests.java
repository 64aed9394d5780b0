package com.geniusharmony.notification.stream;

import java.time.Instant;
import java.util.List;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.notification.EventStream;
import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.SecondReplica;
import com.geniusharmony.notification.TestEvents;
import com.geniusharmony.notification.TestTokens;
import com.geniusharmony.support.kafka.TopicNames;
import com.geniusharmony.support.testing.TestKeyServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;

import static com.geniusharmony.notification.stream.NotificationStreamIntegrationTests.assertNotification;
import static com.geniusharmony.notification.stream.NotificationStreamIntegrationTests.assertUnreadCount;

/**
 * The frontend's stream on one replica, the event that makes the notification consumed by
 * another: the two share only the database.
 */
class CrossReplicaStreamIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private Environment environment;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private TopicNames topicNames;

	@Test
	void deliversANotificationMadeOnAnotherReplica() throws Exception {
		SecondReplica replica = SecondReplica.of(this.environment);
		String user = TestTokens.newUserId();
		try (EventStream stream = EventStream.open(replica.port(),
				replica.jwks().token(user, TestKeyServer.CORE_ISSUER), null)) {
			assertUnreadCount(stream.next(), 0);
			TaskState task = TestEvents.task(TestEvents.newTaskId(), null, List.of(user));
			new TestEvents(this.kafka, this.topicNames)
				.publish(EventEnvelope.of(new TaskAssigneeAdded(task, user), 2, Instant.now()));
			assertNotification(stream.next(), "📋 New task: Write the report", 1);
		}
	}

}
