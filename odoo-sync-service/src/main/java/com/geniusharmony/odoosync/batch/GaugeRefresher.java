package com.geniusharmony.odoosync.batch;

import com.geniusharmony.odoosync.config.SyncProperties;
import com.geniusharmony.odoosync.state.SyncCounts;
import com.geniusharmony.odoosync.state.SyncStatistics;
import com.geniusharmony.support.schedule.RepeatingJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Reads the entity counts and the lag for the gauges every few seconds, so that every
 * instance reports the whole store's state.
 */
@Component
public class GaugeRefresher extends RepeatingJob {

	private static final Logger log = LoggerFactory.getLogger(GaugeRefresher.class);

	private final SyncStatistics statistics;

	private final SyncMetrics metrics;

	GaugeRefresher(SyncStatistics statistics, SyncMetrics metrics, SyncProperties properties) {
		super(properties.metricsRefresh(), properties.metricsRefresh());
		this.statistics = statistics;
		this.metrics = metrics;
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
	protected Mono<SyncCounts> runOnce() {
		return refresh();
	}

	@Override
	protected void failed(Throwable failure) {
		log.debug("The sync gauges could not be refreshed: {}", failure.getMessage());
	}

}
