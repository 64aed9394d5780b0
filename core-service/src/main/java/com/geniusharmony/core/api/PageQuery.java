package com.geniusharmony.core.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a list to return: {@code ?page=1&page_size=20}, pages counted from 1.
 *
 * @param page the page, 1 or more (default 1)
 * @param pageSize items per page, 1 to 100 (default 20)
 */
public record PageQuery(@Nullable @Min(1) Integer page, @Nullable @Min(1) @Max(100) Integer pageSize) {

	/**
	 * The page number.
	 * @return the page, 1 when not given
	 */
	public int number() {
		return (this.page != null) ? this.page : 1;
	}

	/**
	 * The page size.
	 * @return the size, 20 when not given
	 */
	public int size() {
		return (this.pageSize != null) ? this.pageSize : 20;
	}

	/**
	 * The number of items before this page.
	 * @return the offset
	 */
	public long offset() {
		return (long) (number() - 1) * size();
	}

}
