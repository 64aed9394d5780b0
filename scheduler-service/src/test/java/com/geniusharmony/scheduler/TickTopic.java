package com.geniusharmony.scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.json.EventJson;
import com.geniusharmony.events.json.ReadResult;
import com.geniusharmony.infra.Infrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The ticks topic on the shared broker, read back from its start.
 */
public final class TickTopic {

	private static final EventJson JSON = new EventJson();

	private final String bootstrapServers;

	private final String name;

	private TickTopic(String bootstrapServers, String name) {
		this.bootstrapServers = bootstrapServers;
		this.name = name;
	}

	/**
	 * A ticks topic given by its name, created unless it exists.
	 */
	public static TickTopic named(String name) throws Exception {
		String bootstrapServers = Infrastructure.shared().kafka().bootstrapServers();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(name)) {
				admin.createTopics(List.of(new NewTopic(name, Topic.PARTITIONS, (short) 1)))
					.all()
					.get(30, TimeUnit.SECONDS);
			}
		}
		return new TickTopic(bootstrapServers, name);
	}

	public String name() {
		return this.name;
	}

	/**
	 * Every tick on the topic so far, with the envelope it came in.
	 */
	public List<EventEnvelope> readAll() {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		List<EventEnvelope> envelopes = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = IntStream.range(0, Topic.PARTITIONS)
				.mapToObj((partition) -> new TopicPartition(this.name, partition))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Could not read " + this.name + " up to " + ends);
				}
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					envelopes.add(((ReadResult.Readable) JSON.read(record.value())).envelope());
				}
			}
		}
		return envelopes;
	}

}
