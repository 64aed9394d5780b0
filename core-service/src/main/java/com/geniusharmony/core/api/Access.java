package com.geniusharmony.core.api;

import com.geniusharmony.support.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The 403 of the API: the caller may see the resource but not do this to it.
 */
public final class Access {

	private Access() {
	}

	/**
	 * Refuses a caller who is not an administrator.
	 * @param caller the caller
	 * @param action what they tried, for the answer
	 */
	public static void requireAdmin(CurrentUser caller, String action) {
		if (!caller.isAdmin()) {
			throw forbidden("Only an administrator may " + action + ".");
		}
	}

	/**
	 * A 403 with a reason.
	 * @param detail why
	 * @return the exception to throw
	 */
	public static ErrorResponseException forbidden(String detail) {
		ErrorResponseException ex = new ErrorResponseException(HttpStatus.FORBIDDEN);
		ex.getBody().setTitle("Forbidden");
		ex.getBody().setDetail(detail);
		return ex;
	}

}
