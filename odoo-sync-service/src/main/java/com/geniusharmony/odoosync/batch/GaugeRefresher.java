package com.geniusharmony.odoosync.batch;

import com.geniusharmony.odoosync.config.SyncProperties;
import com.geniusharmony.odoosync.state.SyncCounts;
import com.geniusharmony.odoosync.state.SyncStatistics;
import com.geniusharmony.support.schedule.RepeatingStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the entity counts and the lag for the gauges every few seconds, so that every
 * instance reports the whole store's state.
 */
@Component
public class GaugeRefresher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GaugeRefresher.class);

	private final SyncStatistics statistics;

	private final SyncMetrics metrics;

	private final RepeatingStep loop;

	GaugeRefresher(SyncStatistics statistics, SyncMetrics metrics, SyncProperties properties) {
		this.statistics = statistics;
		this.metrics = metrics;
		this.loop = new RepeatingStep(properties.metricsRefresh(), properties.metricsRefresh(), this::refresh,
				(ex) -> log.debug("The sync gauges could not be refreshed: {}", ex.getMessage()));
	}

	/**
	 * Reads the counts and the lag now, and sets the gauges to them.
	 * @return the counts
	 */
	public Mono<SyncCounts> refresh() {
		return this.statistics.counts()
			.doOnNext((counts) -> this.metrics.counts(counts.byKind(), counts.lag().toMillis()));
	}

	@Override
	public void start() {
		this.loop.start();
	}

	@Override
	public void stop() {
		this.loop.stop();
	}

	@Override
	public boolean isRunning() {
		return this.loop.isRunning();
	}

}
