package com.geniusharmony.core.api;

import reactor.core.publisher.Mono;

/**
 * An aggregate changed between reading it and writing it back: the write found another
 * version than the one it read. The write is retried on fresh state.
 */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String aggregate, long id) {
		super(aggregate + " " + id + " was changed concurrently", null, false, false);
	}

	/**
	 * The outcome of a write guarded by {@code where version = :readVersion}: one row, or
	 * a concurrent change.
	 * @param rowsUpdated the count of rows the write changed
	 * @param aggregate the aggregate's name, for the message
	 * @param id the aggregate's id
	 * @return completes when exactly one row was written, else fails with this exception
	 */
	public static Mono<Void> unlessOneRow(Mono<Long> rowsUpdated, String aggregate, long id) {
		return rowsUpdated.flatMap((rows) -> (rows == 1) ? Mono.<Void>empty()
				: Mono.<Void>error(new StaleVersionException(aggregate, id)));
	}

}
