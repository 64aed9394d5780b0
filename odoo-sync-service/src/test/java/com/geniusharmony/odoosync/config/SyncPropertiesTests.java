package com.geniusharmony.odoosync.config;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class SyncPropertiesTests {

	@Test
	void bindsSafeDefaults() {
		SyncProperties properties = bind(Map.of("harmony.sync.instance-id", "sync-1"));
		assertThat(properties.batchSize()).isEqualTo(100);
		assertThat(properties.concurrentBatches()).isEqualTo(2);
		assertThat(properties.claimLease()).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.maxAttempts()).isEqualTo(5);
		assertThat(properties.deletedTasks()).isEqualTo(SyncProperties.DeletedTasks.ARCHIVE);
		assertThat(properties.deadlineTime()).isEqualTo(LocalTime.MIDNIGHT);
	}

	@Test
	void bindsTheDocumentedSpellings() {
		SyncProperties properties = bind(Map.of("harmony.sync.instance-id", "sync-1", "harmony.sync.deleted-tasks",
				"unlink", "harmony.sync.deadline-time", "17:30", "harmony.sync.batch-size", "250",
				"harmony.sync.concurrent-batches", "3"));
		assertThat(properties.deletedTasks()).isEqualTo(SyncProperties.DeletedTasks.UNLINK);
		assertThat(properties.deadlineTime()).isEqualTo(LocalTime.of(17, 30));
		assertThat(properties.batchSize()).isEqualTo(250);
		assertThat(properties.concurrentBatches()).isEqualTo(3);
	}

	private static SyncProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("harmony.sync",
				SyncProperties.class);
	}

}
