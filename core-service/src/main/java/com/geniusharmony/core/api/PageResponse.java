package com.geniusharmony.core.api;

import java.util.List;

/**
 * One page of a list.
 *
 * @param count the number of items in the whole list
 * @param page this page's number, from 1
 * @param pageSize the page size asked for
 * @param results the items of this page
 * @param <T> the item type
 */
public record PageResponse<T>(long count, int page, int pageSize, List<T> results) {

	/**
	 * Makes a page.
	 * @param query the page asked for
	 * @param count the number of items in the whole list
	 * @param results the items of the page
	 * @param <T> the item type
	 * @return the page
	 */
	public static <T> PageResponse<T> of(PageQuery query, long count, List<T> results) {
		return new PageResponse<>(count, query.number(), query.size(), results);
	}

}
