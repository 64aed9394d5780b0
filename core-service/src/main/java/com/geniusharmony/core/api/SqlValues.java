package com.geniusharmony.core.api;

import java.time.LocalDate;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import org.jspecify.annotations.Nullable;

/**
 * Binds optional values: a {@code null} must be bound with its SQL type.
 */
public final class SqlValues {

	private SqlValues() {
	}

	/**
	 * A date or a typed {@code null}.
	 * @param date the date, or {@code null}
	 * @return the value to bind
	 */
	public static Object date(@Nullable LocalDate date) {
		return (date != null) ? date : Parameters.in(R2dbcType.DATE);
	}

}
