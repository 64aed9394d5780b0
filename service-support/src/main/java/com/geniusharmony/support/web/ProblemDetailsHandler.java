package com.geniusharmony.support.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * The one place where a failed request becomes an RFC 9457 problem: validation and
 * decoding errors become a 400 listing each bad field in the API's snake_case, a body
 * over the size limit a 413, anything unexpected a 500 that says nothing about the
 * internals (the cause is logged instead).
 */
@RestControllerAdvice
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		List<FieldError> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> new FieldError(FieldNames.toApi(error.getField()), message(error.getDefaultMessage())))
			.toList();
		return badRequest(errors, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldError(FieldNames.toApi(result.getMethodParameter().getParameterName()),
						message(error.getDefaultMessage()))))
			.toList();
		return badRequest(errors, exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		TypeMismatchException mismatch = causeOfType(ex, TypeMismatchException.class);
		if (mismatch != null) {
			String name = (ex.getMethodParameter() != null) ? ex.getMethodParameter().getParameterName()
					: mismatch.getPropertyName();
			return badRequest(List.of(new FieldError(FieldNames.toApi(String.valueOf(name)),
					"must be a valid " + typeName(mismatch.getRequiredType()))), exchange);
		}
		JacksonException json = causeOfType(ex, JacksonException.class);
		if (json != null) {
			return badRequest(List.of(jsonError(json)), exchange);
		}
		String reason = (ex.getReason() != null) ? ex.getReason() : "The request could not be read.";
		return problem(HttpStatus.BAD_REQUEST, "Bad request", reason, exchange);
	}

	@ExceptionHandler(AccessDeniedException.class)
	Mono<ResponseEntity<Object>> handleAccessDenied(AccessDeniedException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your access token does not allow this.", exchange);
	}

	@ExceptionHandler(Exception.class)
	Mono<ResponseEntity<Object>> handleUnexpected(Exception ex, ServerWebExchange exchange) {
		log.error("Request {} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The request could not be completed; it has been logged.", exchange);
	}

	private static FieldError jsonError(JacksonException ex) {
		String field = ex.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
			.orElse("body");
		if (ex instanceof UnrecognizedPropertyException) {
			return new FieldError(field, "is not a known field");
		}
		if (ex instanceof InvalidFormatException invalid) {
			return new FieldError(field, "must be a valid " + typeName(invalid.getTargetType()));
		}
		if (ex instanceof MismatchedInputException mismatched) {
			return new FieldError(field, "must be a valid " + typeName(mismatched.getTargetType()));
		}
		if (ex instanceof StreamReadException) {
			return new FieldError("body", "is not well-formed JSON");
		}
		return new FieldError(field, "could not be read");
	}

	private Mono<ResponseEntity<Object>> badRequest(List<FieldError> errors, ServerWebExchange exchange) {
		return respond(InvalidFieldsException.problem(errors), exchange);
	}

	private Mono<ResponseEntity<Object>> problem(HttpStatus status, String title, String detail,
			ServerWebExchange exchange) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return respond(problem, exchange);
	}

	private Mono<ResponseEntity<Object>> respond(ProblemDetail problem, ServerWebExchange exchange) {
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return Mono.just(ResponseEntity.status(problem.getStatus()).body(problem));
	}

	private static String message(@Nullable String message) {
		return (message != null) ? message : "is invalid";
	}

	private static String typeName(@Nullable Class<?> type) {
		if (type == null) {
			return "value";
		}
		if (type.isEnum()) {
			// The API spells enum values in lower snake case (todo, in_progress, done).
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
				.toList();
		}
		return switch (type.getSimpleName()) {
			case "LocalDate" -> "date (YYYY-MM-DD)";
			case "Instant", "OffsetDateTime" -> "date-time (ISO 8601)";
			case "int", "Integer", "long", "Long" -> "integer";
			case "boolean", "Boolean" -> "boolean (true or false)";
			case "String" -> "string";
			default -> type.getSimpleName();
		};
	}

	private static <T extends Throwable> @Nullable T causeOfType(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
