package com.geniusharmony.deploy.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.geniusharmony.deploy.grafana.DashboardQuery;
import com.geniusharmony.deploy.prometheus.AlertRule;
import com.geniusharmony.deploy.promql.MetricSelector;
import com.geniusharmony.deploy.promql.PromQl;
import com.geniusharmony.deploy.repository.Repository;

/**
 * A series an alert rule or a dashboard panel selects, the services it is limited to
 * (none: any service may export it) and where it is named.
 *
 * @param metric the series name, exactly as selected ({@code _bucket}, {@code _count},
 * {@code _sum} and {@code _total} included)
 * @param services the services the selector names
 * @param source the rule or panel that names it
 */
record MetricReference(String metric, Set<String> services, String source) {

	/**
	 * Series Prometheus itself makes, which no service exports.
	 */
	private static final Set<String> PROMETHEUS_SERIES = Set.of("up", "scrape_duration_seconds",
			"scrape_samples_scraped", "ALERTS", "ALERTS_FOR_STATE");

	static List<MetricReference> all(Repository repository) {
		List<MetricReference> references = new ArrayList<>();
		for (AlertRule rule : AlertRule.all(repository)) {
			add(references, rule.expression(), "alert " + rule.alert());
		}
		for (DashboardQuery query : DashboardQuery.all(repository)) {
			add(references, query.expression(), query.dashboard() + ": " + query.panel());
		}
		return references;
	}

	private static void add(List<MetricReference> references, String expression, String source) {
		for (MetricSelector selector : PromQl.selectors(expression)) {
			if (!PROMETHEUS_SERIES.contains(selector.metric())) {
				references.add(new MetricReference(selector.metric(), selector.services(), source));
			}
		}
	}

}
