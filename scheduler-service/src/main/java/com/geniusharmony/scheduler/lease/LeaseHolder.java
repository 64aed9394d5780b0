package com.geniusharmony.scheduler.lease;

/**
 * Who holds a lease.
 *
 * @param holder the replica
 * @param token its fencing token
 */
public record LeaseHolder(String holder, long token) {

}
