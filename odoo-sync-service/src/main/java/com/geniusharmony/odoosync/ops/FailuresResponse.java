package com.geniusharmony.odoosync.ops;

import java.util.List;

/**
 * One page of failed or parked entities.
 *
 * @param count the number of such entities on all pages
 * @param page this page's number, from 1
 * @param pageSize the page size asked for
 * @param results the entities of this page, most recently changed first
 */
record FailuresResponse(long count, int page, int pageSize, List<EntityResponse> results) {

}
