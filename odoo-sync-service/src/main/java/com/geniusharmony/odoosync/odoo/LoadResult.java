package com.geniusharmony.odoosync.odoo;

import java.util.List;

/**
 * What {@code model.load} answered: either the ids of every row, in row order, or no ids
 * and the messages saying why the whole batch was refused.
 *
 * @param ids the ids written, one per row; empty when Odoo refused the batch
 * @param messages Odoo's messages, errors and warnings
 */
public record LoadResult(List<Long> ids, List<LoadMessage> messages) {

	public LoadResult {
		ids = List.copyOf(ids);
		messages = List.copyOf(messages);
	}

	/**
	 * Whether Odoo wrote the batch.
	 * @return true if every row got an id
	 */
	public boolean accepted() {
		return !this.ids.isEmpty();
	}

}
