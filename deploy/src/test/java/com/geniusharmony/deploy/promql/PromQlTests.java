package com.geniusharmony.deploy.promql;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PromQlTests {

	@Test
	void findsTheMetricInsideAggregationsFunctionsAndRanges() {
		List<MetricSelector> selectors = PromQl.selectors(
				"sum by (kind) (rate(harmony_sync_records_total{outcome=\"failed\", kind!=\"user\", uri!~\"/a.*\"}[$__rate_interval]))");
		assertThat(selectors)
			.containsExactly(new MetricSelector("harmony_sync_records_total", Map.of("outcome", "failed"), Map.of()));
	}

	@Test
	void skipsLabelListsKeywordsNumbersAndOffsets() {
		List<MetricSelector> selectors = PromQl
			.selectors("(time() - max(tick_last{schedule=\"a\"}) > 7200 and on () max(time() - start_time) > 7e3)"
					+ " or absent(tick_last) unless ignoring (pod) other offset 30m > bool 0.5");
		assertThat(selectors).extracting(MetricSelector::metric)
			.containsExactly("tick_last", "start_time", "tick_last", "other");
	}

	@Test
	void findsEverySideOfABinaryExpression() {
		List<MetricSelector> selectors = PromQl
			.selectors("sum(rate(wait_seconds_sum[5m])) / sum without (mode) (rate(wait_seconds_count[5m])) > 0.5");
		assertThat(selectors).extracting(MetricSelector::metric)
			.containsExactly("wait_seconds_sum", "wait_seconds_count");
	}

	@Test
	void readsTheServicesASelectorIsLimitedTo() {
		assertThat(PromQl.selectors("up{job=\"harmony\", service=\"core-service\"}").get(0).services())
			.containsExactly("core-service");
		assertThat(PromQl.selectors("x{service=~\"core-service|scheduler-service\"}").get(0).services())
			.containsExactlyInAnyOrder("core-service", "scheduler-service");
		assertThat(PromQl.selectors("x{service=~\".*-service\"}").get(0).services()).isEmpty();
		assertThat(PromQl.selectors("x{service!=\"core-service\"}").get(0).services()).isEmpty();
	}

	@Test
	void readsHistogramQuantilesAndCommasInsideRegexes() {
		List<MetricSelector> selectors = PromQl.selectors(
				"histogram_quantile(0.99, sum by (le, model) (rate(latency_bucket{status=~\"5..|4..\", a=\"b,c\"}[5m])))");
		assertThat(selectors)
			.containsExactly(new MetricSelector("latency_bucket", Map.of("a", "b,c"), Map.of("status", "5..|4..")));
		assertThat(selectors.get(0).services()).isEqualTo(Set.of());
	}

	@Test
	void refusesUnbalancedExpressions() {
		assertThatIllegalArgumentException().isThrownBy(() -> PromQl.selectors("sum(rate(x[5m])"));
		assertThatIllegalArgumentException().isThrownBy(() -> PromQl.selectors("x{a=\"b\""));
		assertThatIllegalArgumentException().isThrownBy(() -> PromQl.selectors("rate(x[5m)"));
	}

}
