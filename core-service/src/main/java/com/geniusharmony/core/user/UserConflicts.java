package com.geniusharmony.core.user;

import java.util.Locale;

import com.geniusharmony.support.web.ConflictException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Turns the unique indexes' refusals into 409s naming the field: the indexes, not a check
 * before the insert, are what keeps two concurrent requests from taking the same
 * username.
 */
final class UserConflicts {

	private UserConflicts() {
	}

	static Throwable translate(Throwable ex) {
		if (!(ex instanceof DataIntegrityViolationException)) {
			return ex;
		}
		String message = String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT);
		if (message.contains("app_user_username_key")) {
			return new ConflictException("This username is already taken.", "username");
		}
		if (isEmailTaken(ex)) {
			return new ConflictException("This email address is already used by another user.", "email");
		}
		return ex;
	}

	/**
	 * Whether a write failed because another user has the email address.
	 * @param ex the write's failure
	 * @return whether the email's unique index refused it
	 */
	static boolean isEmailTaken(Throwable ex) {
		return ex instanceof DataIntegrityViolationException
				&& String.valueOf(ex.getMessage()).toLowerCase(Locale.ROOT).contains("app_user_email_key");
	}

}
