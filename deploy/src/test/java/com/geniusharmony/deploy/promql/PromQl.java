package com.geniusharmony.deploy.promql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the vector selectors of a PromQL expression (Prometheus rules and Grafana
 * targets, whose {@code $__rate_interval} and other variables it tolerates). Functions,
 * aggregations, keywords, label lists of {@code by}/{@code on}/..., ranges, durations,
 * numbers and strings are skipped; unbalanced brackets are an error.
 */
public final class PromQl {

	private static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
			"count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");

	private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
			"group_right");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "atan2", "inf", "nan",
			"start", "end");

	private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*(.*)");

	private final String text;

	private int at;

	private final List<MetricSelector> selectors = new ArrayList<>();

	private PromQl(String text) {
		this.text = text;
	}

	/**
	 * The selectors of an expression, in order.
	 * @param expression the expression
	 * @return its selectors
	 */
	public static List<MetricSelector> selectors(String expression) {
		PromQl parser = new PromQl(expression);
		parser.parse();
		return List.copyOf(parser.selectors);
	}

	private void parse() {
		int depth = 0;
		while (this.at < this.text.length()) {
			char c = this.text.charAt(this.at);
			if (c == '"' || c == '\'' || c == '`') {
				string();
			}
			else if (c == '[') {
				skipPast(']');
			}
			else if (c == '{') {
				selector(null);
			}
			else if (c == '(' || c == ')') {
				depth += (c == '(') ? 1 : -1;
				if (depth < 0) {
					throw error("unbalanced )");
				}
				this.at++;
			}
			else if (Character.isDigit(c) || (c == '.' && this.at + 1 < this.text.length()
					&& Character.isDigit(this.text.charAt(this.at + 1)))) {
				word();
			}
			else if (Character.isLetter(c) || c == '_' || c == ':') {
				identifier();
			}
			else if (c == '$') {
				this.at++;
				word();
			}
			else {
				this.at++;
			}
		}
		if (depth != 0) {
			throw error("unbalanced (");
		}
	}

	private void identifier() {
		String name = word();
		int next = nextNonSpace();
		char following = (next < this.text.length()) ? this.text.charAt(next) : ' ';
		if (LABEL_LISTS.contains(name) && following == '(') {
			this.at = next;
			skipPast(')');
		}
		else if (name.equals("offset")) {
			this.at = next;
			word();
		}
		else if (following == '(' || AGGREGATIONS.contains(name) || KEYWORDS.contains(name)) {
			return;
		}
		else if (following == '{') {
			this.at = next;
			selector(name);
		}
		else {
			this.selectors.add(new MetricSelector(name, Map.of(), Map.of()));
		}
	}

	private void selector(String name) {
		int close = this.text.indexOf('}', this.at);
		if (close < 0) {
			throw error("unclosed {");
		}
		Map<String, String> equal = new LinkedHashMap<>();
		Map<String, String> regex = new LinkedHashMap<>();
		String body = this.text.substring(this.at + 1, close);
		for (String matcher : body.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
			String trimmed = matcher.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			Matcher parts = MATCHER.matcher(trimmed);
			if (!parts.matches()) {
				throw error("bad matcher " + trimmed);
			}
			String value = parts.group(3).replaceAll("^[\"'`]|[\"'`]$", "");
			switch (parts.group(2)) {
				case "=" -> equal.put(parts.group(1), value);
				case "=~" -> regex.put(parts.group(1), value);
				default -> {
					// negative matchers do not narrow which services export the metric
				}
			}
		}
		this.at = close + 1;
		String metric = (name != null) ? name : equal.get("__name__");
		if (metric != null) {
			this.selectors.add(new MetricSelector(metric, Map.copyOf(equal), Map.copyOf(regex)));
		}
	}

	private String word() {
		int start = this.at;
		while (this.at < this.text.length()) {
			char c = this.text.charAt(this.at);
			if (!(Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.')) {
				break;
			}
			this.at++;
		}
		return this.text.substring(start, this.at);
	}

	private void string() {
		char quote = this.text.charAt(this.at);
		int end = this.at + 1;
		while (end < this.text.length() && this.text.charAt(end) != quote) {
			end += (this.text.charAt(end) == '\\') ? 2 : 1;
		}
		if (end >= this.text.length()) {
			throw error("unclosed string");
		}
		this.at = end + 1;
	}

	private void skipPast(char close) {
		int end = this.text.indexOf(close, this.at);
		if (end < 0) {
			throw error("unclosed " + this.text.charAt(this.at));
		}
		this.at = end + 1;
	}

	private int nextNonSpace() {
		int next = this.at;
		while (next < this.text.length() && Character.isWhitespace(this.text.charAt(next))) {
			next++;
		}
		return next;
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException(problem + " at " + this.at + " in: " + this.text);
	}

}
