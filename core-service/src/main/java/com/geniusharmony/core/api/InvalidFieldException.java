package com.geniusharmony.core.api;

import java.util.List;

import com.geniusharmony.support.web.FieldError;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 400 for a field that is well formed but wrong against the stored data (an owner who
 * does not exist, an end before the start), shaped like the 400s of bean validation.
 */
public class InvalidFieldException extends ErrorResponseException {

	public InvalidFieldException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, problem(List.of(new FieldError(field, message))), null);
	}

	private static ProblemDetail problem(List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields: " + String.join(", ", errors.stream().map(FieldError::field).toList())
						+ ".");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
