package com.geniusharmony.odoosync.batch;

import java.util.List;
import java.util.Locale;

import com.geniusharmony.support.testing.ServiceJvm;

/**
 * What the instances measured between their budget and Odoo's connection, read from their
 * Prometheus scrapes: how long after its permit was handed over a request was about to be
 * written, and how many permits were given up at the wire as too late for their slot.
 *
 * @param checked requests checked at the wire
 * @param within20ms of them, about to be written within 20 ms of their permit
 * @param within50ms within 50 ms
 * @param within100ms within 100 ms
 * @param givenUp permits given up as late
 */
record SenderTimes(long checked, long within20ms, long within50ms, long within100ms, long givenUp) {

	private static final String PERMIT_TO_WRITE = "harmony_odoo_budget_permit_to_write_seconds";

	static SenderTimes of(List<ServiceJvm> instances) {
		SenderTimes sum = new SenderTimes(0, 0, 0, 0, 0);
		for (ServiceJvm instance : instances) {
			String scrape = instance.get("/actuator/prometheus").body();
			sum = sum.plus(new SenderTimes(value(scrape, PERMIT_TO_WRITE + "_count", ""),
					value(scrape, PERMIT_TO_WRITE + "_bucket", "le=\"0.02\""),
					value(scrape, PERMIT_TO_WRITE + "_bucket", "le=\"0.05\""),
					value(scrape, PERMIT_TO_WRITE + "_bucket", "le=\"0.1\""),
					value(scrape, "harmony_odoo_budget_late_slots_total", "")));
		}
		return sum;
	}

	/**
	 * The value of a series, whatever its other labels (such as the common
	 * {@code service}).
	 */
	private static long value(String scrape, String name, String label) {
		return scrape.lines()
			.filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.filter((line) -> line.contains(label))
			.mapToLong((line) -> Math.round(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))))
			.sum();
	}

	SenderTimes plus(SenderTimes other) {
		return new SenderTimes(this.checked + other.checked, this.within20ms + other.within20ms,
				this.within50ms + other.within50ms, this.within100ms + other.within100ms, this.givenUp + other.givenUp);
	}

	SenderTimes minus(SenderTimes earlier) {
		return new SenderTimes(this.checked - earlier.checked, this.within20ms - earlier.within20ms,
				this.within50ms - earlier.within50ms, this.within100ms - earlier.within100ms,
				this.givenUp - earlier.givenUp);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%d checked, later than 20/50/100 ms after the permit: %d/%d/%d, %d given up",
				this.checked, this.checked - this.within20ms, this.checked - this.within50ms,
				this.checked - this.within100ms, this.givenUp);
	}

}
