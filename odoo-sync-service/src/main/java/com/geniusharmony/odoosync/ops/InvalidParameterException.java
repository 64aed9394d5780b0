package com.geniusharmony.odoosync.ops;

import java.util.List;

import com.geniusharmony.support.web.FieldError;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 400 for a path or query parameter outside its values, named as the shared handler
 * names bad fields.
 */
class InvalidParameterException extends ErrorResponseException {

	InvalidParameterException(String parameter, String message) {
		super(HttpStatus.BAD_REQUEST, problem(parameter, message), null);
	}

	private static ProblemDetail problem(String parameter, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields: " + parameter + ".");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", List.of(new FieldError(parameter, message)));
		return problem;
	}

}
