package com.geniusharmony.support.kafka;

/**
 * A record that no retry can make readable (malformed, unknown type or version, invalid
 * payload). The shared error handler parks it on the dead-letter topic at once, with this
 * message as the reason.
 */
public class UnreadableEventException extends RuntimeException {

	public UnreadableEventException(String reason) {
		super(reason);
	}

}
