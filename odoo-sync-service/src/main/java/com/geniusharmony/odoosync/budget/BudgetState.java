package com.geniusharmony.odoosync.budget;

/**
 * What the budget is doing now, as the status API and the gauges report it.
 *
 * @param paused true while every instance holds its requests after a refusal with HTTP
 * 429
 * @param onLocalShare true while this instance keeps to its local share because Redis is
 * unreachable
 */
public record BudgetState(boolean paused, boolean onLocalShare) {
}
