package com.geniusharmony.support.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 404 for an id that does not exist, or that the caller may not see: the answer is the
 * same in both cases, so that nobody learns of another user's resources.
 */
public class ResourceNotFoundException extends ErrorResponseException {

	public ResourceNotFoundException(String resource, String id) {
		super(HttpStatus.NOT_FOUND, problem(resource, id), null);
	}

	private static ProblemDetail problem(String resource, String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No " + resource + " with id " + id + ".");
		problem.setTitle("Not found");
		return problem;
	}

}
