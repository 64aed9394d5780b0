package com.geniusharmony.support.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 409: the request is well formed but clashes with the current state, such as a
 * username already taken or an update based on a version that is no longer the latest.
 * Names the field at fault when there is one.
 */
public class ConflictException extends ErrorResponseException {

	public ConflictException(String detail, String field) {
		super(HttpStatus.CONFLICT, problem(detail, field), null);
	}

	private static ProblemDetail problem(String detail, String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Conflict");
		problem.setProperty("field", field);
		return problem;
	}

}
