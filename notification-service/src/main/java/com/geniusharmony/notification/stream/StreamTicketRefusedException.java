package com.geniusharmony.notification.stream;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A stream ticket that opens nothing: answered 401, without repeating the ticket.
 */
final class StreamTicketRefusedException extends ErrorResponseException {

	StreamTicketRefusedException() {
		super(HttpStatus.UNAUTHORIZED);
		getBody().setTitle("Unauthorized");
		getBody().setDetail("The stream ticket is unknown, expired or used already: get a new one.");
	}

}
