package com.geniusharmony.scheduler.tick;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import com.geniusharmony.scheduler.lease.LeaseProperties;
import com.geniusharmony.support.testing.ServiceEnvironment;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The environment variables of the README reach the properties through the service's
 * application.yml.
 */
class SchedulerPropertiesBindingTests {

	private static final Instant NOW = Instant.parse("2026-11-24T10:17:45Z");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(ServiceEnvironment.initializer())
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void defaultsAreHourlyDeadlineChecksAndSweepsEveryThirtySecondsInUtc() {
		this.runner.run((context) -> {
			SchedulerProperties properties = context.getBean(SchedulerProperties.class);
			assertThat(properties.timeZone()).isEqualTo(ZoneId.of("UTC"));
			assertThat(properties.schedules()).extracting((schedule) -> schedule.slots().latestAtOrBefore(NOW))
				.containsExactly(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:17:30Z"));
			LeaseProperties lease = context.getBean(LeaseProperties.class);
			assertThat(lease.duration()).isEqualTo(Duration.ofSeconds(15));
			assertThat(lease.replicaId()).endsWith("-" + ProcessHandle.current().pid());
		});
	}

	@Test
	void readsTheSchedulesAndTheLeaseFromTheEnvironmentVariables() {
		this.runner
			.withPropertyValues("HARMONY_DEADLINE_CHECK_CRON=0 0 9 * * *", "HARMONY_SCHEDULER_TIME_ZONE=Europe/Paris",
					"HARMONY_SYNC_SWEEP_INTERVAL=1m", "HARMONY_SCHEDULER_LEASE_DURATION=30s",
					"HARMONY_SCHEDULER_REPLICA_ID=scheduler-0")
			.run((context) -> {
				assertThat(context.getBean(SchedulerProperties.class).schedules())
					.extracting((schedule) -> schedule.slots().latestAtOrBefore(NOW))
					.containsExactly(Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T10:17:00Z"));
				LeaseProperties lease = context.getBean(LeaseProperties.class);
				assertThat(lease.duration()).isEqualTo(Duration.ofSeconds(30));
				assertThat(lease.replicaId()).isEqualTo("scheduler-0");
			});
	}

	@Test
	void failsToStartWithBothACronAndAnIntervalForOneSchedule() {
		this.runner.withPropertyValues("HARMONY_SYNC_SWEEP_CRON=0 * * * * *", "HARMONY_SYNC_SWEEP_INTERVAL=1m")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("not both"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ SchedulerProperties.class, LeaseProperties.class })
	static class PropertiesConfiguration {

	}

}
