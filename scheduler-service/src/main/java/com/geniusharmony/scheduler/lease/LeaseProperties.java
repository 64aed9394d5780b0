package com.geniusharmony.scheduler.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The leadership lease: how long an acquisition lasts and how often the holder renews it
 * (followers try to take it as often), and the name this replica holds it under.
 *
 * @param duration how long the lease lasts without renewal
 * ({@code HARMONY_SCHEDULER_LEASE_DURATION}); a dead leader is replaced within about this
 * plus the renew interval
 * @param renewInterval how often the holder renews it and followers try to take it
 * ({@code HARMONY_SCHEDULER_LEASE_RENEW_INTERVAL}); under a third of the duration
 * @param replicaId the holder name of this replica
 * ({@code HARMONY_SCHEDULER_REPLICA_ID}); host name and process id when blank
 */
@Validated
@ConfigurationProperties("harmony.scheduler.lease")
public record LeaseProperties(Duration duration, Duration renewInterval, String replicaId) {

	public LeaseProperties(@DefaultValue("15s") Duration duration, @DefaultValue("5s") Duration renewInterval,
			@Nullable String replicaId) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("The lease duration must be positive, was " + duration);
		}
		if (renewInterval.isNegative() || renewInterval.isZero()
				|| renewInterval.multipliedBy(3).compareTo(duration) > 0) {
			throw new IllegalArgumentException("The lease renew interval must be positive and at most a third of the"
					+ " lease duration (" + duration + "), was " + renewInterval);
		}
		this.duration = duration;
		this.renewInterval = renewInterval;
		this.replicaId = (replicaId != null && !replicaId.isBlank()) ? replicaId.trim() : defaultReplicaId();
	}

	private static String defaultReplicaId() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown-host";
		}
		return host + "-" + ProcessHandle.current().pid();
	}

}
