package com.geniusharmony.odoosync.ops;

import java.util.Map;

import com.geniusharmony.odoosync.batch.LastDrain;
import com.geniusharmony.odoosync.budget.BudgetUse;
import com.geniusharmony.odoosync.pull.PullOverview;
import org.jspecify.annotations.Nullable;

/**
 * The sync at a glance.
 *
 * @param configured whether the {@code ODOO_*} settings are complete and enabled
 * @param notConfiguredReason what is missing, when not configured
 * @param circuit the circuit breaker's state ({@code closed}, {@code open},
 * {@code half_open}), if the client reports one
 * @param paused whether requests to Odoo are paused after a 429
 * @param budgetFallback whether this instance is on its local request limit (Redis
 * unreachable)
 * @param budget the request budget and how much of it every instance together used during
 * the last full minute
 * @param entities the number of entities per kind and status
 * @param lagSeconds the age of the oldest change not yet in Odoo, 0 if none
 * @param lastDrain how this instance's last drain ended
 * @param pull the polls for changes made in Odoo: the lag and each model's cursor
 */
record StatusResponse(boolean configured, @Nullable String notConfiguredReason, @Nullable String circuit,
		boolean paused, boolean budgetFallback, BudgetUse budget, Map<String, Map<String, Long>> entities,
		double lagSeconds, LastDrain lastDrain, PullOverview pull) {

}
