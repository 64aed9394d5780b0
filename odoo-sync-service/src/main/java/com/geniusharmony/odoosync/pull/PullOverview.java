package com.geniusharmony.odoosync.pull;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The poll for changes made in Odoo, for the status API.
 *
 * @param enabled whether this instance polls ({@code HARMONY_SYNC_PULL_ENABLED})
 * @param lagSeconds how long ago the least recent poll of a model completed, {@code null}
 * until every model was polled once
 * @param models each model's cursor and last poll
 */
public record PullOverview(boolean enabled, @Nullable Double lagSeconds, List<PullStatus> models) {

	public PullOverview {
		models = List.copyOf(models);
	}

}
