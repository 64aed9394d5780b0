package com.geniusharmony.support.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 403: the caller is known but may not do this.
 */
public class ForbiddenException extends ErrorResponseException {

	public ForbiddenException(String detail) {
		super(HttpStatus.FORBIDDEN, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
		problem.setTitle("Forbidden");
		return problem;
	}

}
