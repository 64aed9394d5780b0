package com.geniusharmony.core.project;

import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/projects} filters on; every criterion is optional.
 *
 * @param archived only archived ({@code true}) or only active ({@code false}) projects
 * @param ownerId only projects of this owner
 * @param memberId only projects this user is a member of
 * @param search only projects whose name contains this, ignoring case
 * @param visibleTo only projects this user owns or is a member of; {@code null} for an
 * administrator
 */
record ProjectFilter(@Nullable Boolean archived, @Nullable Long ownerId, @Nullable Long memberId,
		@Nullable String search, @Nullable Long visibleTo) {

}
