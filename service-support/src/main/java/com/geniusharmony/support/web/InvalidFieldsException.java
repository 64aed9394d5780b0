package com.geniusharmony.support.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 400 listing the bad fields of a request: the one shape of every such answer, whether
 * bean validation, the JSON decoder or the service's own checks found the fault (a
 * parameter outside its values, an owner who does not exist, an end before the start).
 */
public class InvalidFieldsException extends ErrorResponseException {

	public InvalidFieldsException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public InvalidFieldsException(List<FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, problem(errors), null);
	}

	/**
	 * The problem of a request with bad fields.
	 * @param errors each bad field
	 * @return the problem, with the fields in its {@code errors} property
	 */
	public static ProblemDetail problem(List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields: "
						+ String.join(", ", errors.stream().map(FieldError::field).distinct().toList()) + ".");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

}
