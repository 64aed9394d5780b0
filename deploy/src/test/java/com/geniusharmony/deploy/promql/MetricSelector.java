package com.geniusharmony.deploy.promql;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One vector selector of an expression: the metric it names and its label matchers
 * ({@code =} and {@code =~} only; negative matchers do not narrow which services export
 * the metric).
 *
 * @param metric the series name, such as {@code harmony_outbox_backlog} or
 * {@code http_server_requests_seconds_count}
 * @param equal the {@code label="value"} matchers
 * @param regex the {@code label=~"pattern"} matchers
 */
public record MetricSelector(String metric, Map<String, String> equal, Map<String, String> regex) {

	private static final Pattern SERVICE_NAMES = Pattern.compile("[a-z0-9-]+(\\|[a-z0-9-]+)*");

	/**
	 * The services this selector is limited to by its {@code service} label, or none when
	 * any service may export the metric.
	 * @return the service names
	 */
	public Set<String> services() {
		String service = this.equal.get("service");
		if (service != null) {
			return Set.of(service);
		}
		String pattern = this.regex.get("service");
		if (pattern != null && SERVICE_NAMES.matcher(pattern).matches()) {
			return Arrays.stream(pattern.split("\\|")).collect(Collectors.toUnmodifiableSet());
		}
		return Set.of();
	}

}
