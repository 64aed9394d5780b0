package com.geniusharmony.odoosync.odoo;

import java.util.List;

/**
 * What the connection check found, step by step, in the order checked.
 *
 * @param ok whether no step failed
 * @param steps the steps
 */
public record ConnectionReport(boolean ok, List<ConnectionStep> steps) {

	public ConnectionReport {
		steps = List.copyOf(steps);
	}

	static ConnectionReport of(List<ConnectionStep> steps) {
		return new ConnectionReport(steps.stream().noneMatch(ConnectionReport::failed), steps);
	}

	static boolean failed(ConnectionStep step) {
		return step.status() == ConnectionStep.Status.FAILED;
	}

}
