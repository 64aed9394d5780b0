package com.geniusharmony.scheduler.lease;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * What a replica got when it acquired the lease: a write made under a fence takes effect
 * only while the lease row still has this holder and this token and has not expired, in
 * the same statement as the write.
 *
 * @param lease the name of the lease
 * @param holder the replica holding it
 * @param token the fencing token of this acquisition
 * @param time the clock that decides expiry
 */
public record Fence(String lease, String holder, long token, LeaseTime time) {

	/**
	 * The SQL condition that holds while this fence is valid; bind its parameters with
	 * {@link #bind}.
	 * @return a condition over the {@code lease} table
	 */
	public String condition() {
		return "exists (select 1 from lease where name = :fence_lease and holder = :fence_holder"
				+ " and fencing_token = :fence_token and expires_at > " + this.time.sql("fence_now") + ")";
	}

	/**
	 * Binds the parameters of {@link #condition()}.
	 * @param spec the statement
	 * @return the statement with the parameters bound
	 */
	public GenericExecuteSpec bind(GenericExecuteSpec spec) {
		GenericExecuteSpec bound = spec.bind("fence_lease", this.lease)
			.bind("fence_holder", this.holder)
			.bind("fence_token", this.token);
		return this.time.bind(bound, "fence_now");
	}

}
