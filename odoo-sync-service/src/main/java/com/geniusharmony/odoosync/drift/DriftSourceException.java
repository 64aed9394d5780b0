package com.geniusharmony.odoosync.drift;

import java.util.Locale;

import com.geniusharmony.odoosync.odoo.OdooException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The drift report could not be made because one of its sources could not be read: a 502
 * when core-service failed or refused the caller's token, a 503 while Odoo cannot be used
 * (not configured, unavailable, circuit open, rate limited, or refusing the sync's
 * credentials).
 */
class DriftSourceException extends ErrorResponseException {

	private DriftSourceException(HttpStatus status, String title, String detail) {
		super(status, problem(status, title, detail), null);
	}

	static DriftSourceException coreService(String detail) {
		return new DriftSourceException(HttpStatus.BAD_GATEWAY, "core-service unavailable", detail + ".");
	}

	static DriftSourceException odoo(OdooException failure) {
		// the client's messages never hold the password or API key
		return new DriftSourceException(HttpStatus.SERVICE_UNAVAILABLE, "Odoo unavailable", "Odoo could not be read ("
				+ failure.kind().name().toLowerCase(Locale.ROOT) + "): " + failure.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
