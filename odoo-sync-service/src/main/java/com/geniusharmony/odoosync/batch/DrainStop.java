package com.geniusharmony.odoosync.batch;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.geniusharmony.odoosync.odoo.OdooErrorKind;
import com.geniusharmony.odoosync.odoo.OdooException;

/**
 * The failures of Odoo that are no row's fault: Odoo down or refusing more requests, not
 * configured, or refusing this service's credentials or rights. They stop the drain and
 * leave the entities pending, without spending their attempts, until a later drain finds
 * Odoo usable again.
 */
final class DrainStop {

	private static final Set<OdooErrorKind> NOT_THE_ROWS_FAULT = EnumSet.of(OdooErrorKind.RATE_LIMITED,
			OdooErrorKind.UNAVAILABLE, OdooErrorKind.CREDENTIALS_REJECTED, OdooErrorKind.ACCESS_DENIED,
			OdooErrorKind.UNKNOWN_DATABASE, OdooErrorKind.NOT_FOUND, OdooErrorKind.PROTOCOL,
			OdooErrorKind.NOT_CONFIGURED);

	private DrainStop() {
	}

	static Optional<OdooException> of(Throwable failure) {
		if (failure instanceof OdooException odoo && (odoo.isTransient() || NOT_THE_ROWS_FAULT.contains(odoo.kind()))) {
			return Optional.of(odoo);
		}
		return Optional.empty();
	}

}
