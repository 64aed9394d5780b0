package com.geniusharmony.odoosync.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.json.EventJson;
import com.geniusharmony.events.json.ReadResult;
import com.geniusharmony.support.kafka.TopicNames;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Replays this service's dead letters of the users, projects and tasks topics: each one
 * that can be read now (by a newer version of the service, or after the failure that
 * parked it passed) is recorded like a consumed event. The topics are read from their
 * beginning every time and nothing is committed: recording is idempotent, and a dead
 * letter still unreadable stays for a later replay. Other services' dead letters on the
 * same topics are left alone.
 */
@Component
public class DeadLetters {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private static final String GROUP = "odoo-sync-service";

	private static final Duration READ_LIMIT = Duration.ofSeconds(30);

	/** As many as a poll of the listener hands over. */
	private static final int RECORDED_AT_ONCE = 500;

	private static final EventJson JSON = new EventJson();

	private final ConsumerFactory<String, byte[]> consumers;

	private final TopicNames topics;

	private final SyncIntake intake;

	DeadLetters(ConsumerFactory<String, byte[]> consumers, TopicNames topics, SyncIntake intake) {
		this.consumers = consumers;
		this.topics = topics;
		this.intake = intake;
	}

	/**
	 * Reads the dead-letter topics to their current end and records what can be read.
	 * @return what was found
	 */
	public Mono<DeadLetterReplay> replay() {
		return Mono.fromCallable(this::readAll)
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((read) -> Flux.fromIterable(read.events())
				.buffer(RECORDED_AT_ONCE)
				.concatMap(this.intake::record)
				.reduce(0L, Long::sum)
				.map((recorded) -> new DeadLetterReplay(read.events().size() + read.unreadable(), recorded.intValue(),
						read.unreadable())))
			.doOnNext((replay) -> log.info("Replayed {} dead letters: {} newer states recorded, {} still unreadable",
					replay.read(), replay.recorded(), replay.unreadable()));
	}

	private Read readAll() {
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		try (Consumer<String, byte[]> consumer = this.consumers.createConsumer(GROUP + "-dlt-replay", "dlt-replay",
				null, overrides)) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (Topic topic : List.of(Topic.USERS, Topic.PROJECTS, Topic.TASKS)) {
				String name = this.topics.deadLetterOf(topic);
				consumer.partitionsFor(name)
					.forEach((info) -> partitions.add(new TopicPartition(name, info.partition())));
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			List<EventEnvelope> events = new ArrayList<>();
			int unreadable = 0;
			long deadline = System.nanoTime() + READ_LIMIT.toNanos();
			while (!atEnd(consumer, ends) && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					if (!ours(record)) {
						continue;
					}
					if (JSON.read(record.value()) instanceof ReadResult.Readable readable) {
						events.add(readable.envelope());
					}
					else {
						unreadable++;
					}
				}
			}
			return new Read(events, unreadable);
		}
	}

	private static boolean atEnd(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue());
	}

	/**
	 * A dead letter of this service, or one put there by hand (without the header).
	 */
	private static boolean ours(ConsumerRecord<String, byte[]> record) {
		Header group = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
		return group == null || GROUP.equals(new String(group.value(), StandardCharsets.UTF_8));
	}

	private record Read(List<EventEnvelope> events, int unreadable) {

	}

}
