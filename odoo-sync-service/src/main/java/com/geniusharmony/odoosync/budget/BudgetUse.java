package com.geniusharmony.odoosync.budget;

import org.jspecify.annotations.Nullable;

/**
 * How much of the request budget every instance together used.
 *
 * @param requestsPerSecond the budget ({@code ODOO_RATE_LIMIT})
 * @param usedPerSecond the requests per second reserved during the last full minute, or
 * null while Redis cannot be read
 */
public record BudgetUse(double requestsPerSecond, @Nullable Double usedPerSecond) {

}
