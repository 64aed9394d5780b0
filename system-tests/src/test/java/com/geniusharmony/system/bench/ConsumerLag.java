package com.geniusharmony.system.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag as the broker sees it, sampled once a second from one thread: for each
 * consumer group, the sum over its partitions of the end offset minus the group's
 * committed offset. Keeps the largest sample of each group.
 */
final class ConsumerLag implements AutoCloseable {

	private final Admin admin;

	private final Map<String, Long> maxLag = new ConcurrentHashMap<>();

	private final Poller poller;

	ConsumerLag(String bootstrapServers) {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		this.admin = Admin.create(properties);
		this.poller = new Poller("consumer-lag", Duration.ofSeconds(1), this::sample);
	}

	/** Starts afresh, for the next phase. */
	void reset() {
		this.maxLag.clear();
	}

	/**
	 * The largest lag seen per group since the last reset.
	 * @return the lag, by group id
	 */
	Map<String, Long> max() {
		return new TreeMap<>(this.maxLag);
	}

	int failedSamples() {
		return this.poller.failures();
	}

	private void sample() {
		try {
			for (var group : this.admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get()) {
				Map<TopicPartition, OffsetAndMetadata> committed = this.admin.listConsumerGroupOffsets(group.groupId())
					.partitionsToOffsetAndMetadata()
					.get();
				Map<TopicPartition, ListOffsetsResultInfo> ends = this.admin
					.listOffsets(committed.keySet()
						.stream()
						.collect(Collectors.toMap(Function.identity(), (partition) -> OffsetSpec.latest())))
					.all()
					.get();
				long lag = committed.entrySet()
					.stream()
					.filter((entry) -> entry.getValue() != null)
					.mapToLong((entry) -> Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset()))
					.sum();
				this.maxLag.merge(group.groupId(), lag, Math::max);
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.poller.close();
		this.admin.close(Duration.ofSeconds(5));
	}

}
