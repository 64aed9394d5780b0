package com.geniusharmony.events.json;

/**
 * Bad input met while reading an event; the message is the reason a consumer reports,
 * naming the field.
 */
final class InvalidEventException extends RuntimeException {

	InvalidEventException(String reason) {
		// Bad input is expected on a topic, and the reason says all there is to say: no
		// stack trace.
		super(reason, null, false, false);
	}

}
