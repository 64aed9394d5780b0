package com.geniusharmony.notification.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import com.geniusharmony.support.web.InvalidFieldsException;

/**
 * Where a page of a cursor-paginated list ends: the creation time and id of its last
 * notification. The next page starts after it in the list's order (newest first), so a
 * notification stored meanwhile, newer than all, moves no page. Opaque to clients.
 *
 * @param createdAt the last notification's creation time, to the microsecond as stored
 * @param id the last notification's id
 */
record InboxCursor(Instant createdAt, long id) {

	private static final String PARAMETER = "cursor";

	static InboxCursor after(NotificationResponse last) {
		return new InboxCursor(last.createdAt(), Long.parseLong(last.id()));
	}

	String encode() {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, this.createdAt);
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((micros + ":" + this.id).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Reads a cursor a page gave.
	 * @param cursor the {@code cursor} parameter
	 * @return the cursor
	 * @throws InvalidFieldsException naming {@code cursor} if it is not one
	 */
	static InboxCursor decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
			int colon = text.indexOf(':');
			long micros = Long.parseLong(text.substring(0, colon));
			long id = Long.parseLong(text.substring(colon + 1));
			return new InboxCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException ex) {
			throw new InvalidFieldsException(PARAMETER, "is not a cursor of this list: pass next_cursor as given");
		}
	}

}
