package com.geniusharmony.core.api;

/**
 * An aggregate changed between reading it and writing it back: the write found another
 * version than the one it read. The write is retried on fresh state.
 */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String aggregate, long id) {
		super(aggregate + " " + id + " was changed concurrently", null, false, false);
	}

}
