package com.geniusharmony.odoosync.odoo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Odoo's exception names as kinds of failure, for the names the emulator cannot produce.
 */
class OdooErrorNamesTests {

	@Test
	void anOperationalErrorOtherThanAMissingDatabaseIsUnavailability() {
		assertThat(OdooErrorNames.kindOf("psycopg2.OperationalError", "server closed the connection unexpectedly"))
			.isEqualTo(OdooErrorKind.UNAVAILABLE);
		assertThat(OdooErrorNames.kindOf("psycopg2.OperationalError",
				"connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \"nodb\" does not exist\n"))
			.isEqualTo(OdooErrorKind.UNKNOWN_DATABASE);
	}

	@Test
	void anUnknownNameIsAServerError() {
		assertThat(OdooErrorNames.kindOf("builtins.Exception", "boom")).isEqualTo(OdooErrorKind.SERVER_ERROR);
		assertThat(OdooErrorNames.kindOf("builtins.RecursionError", "too deep")).isEqualTo(OdooErrorKind.SERVER_ERROR);
	}

	@Test
	void aUserErrorAboutAnUnknownModelIsNotFound() {
		assertThat(OdooErrorNames.kindOf("odoo.exceptions.UserError", "Object x.nomodel doesn't exist"))
			.isEqualTo(OdooErrorKind.NOT_FOUND);
		assertThat(OdooErrorNames.kindOf("odoo.exceptions.UserError", "You cannot do that"))
			.isEqualTo(OdooErrorKind.USER_ERROR);
	}

}
