package com.geniusharmony.notification.notification;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The {@code next} and {@code previous} links of a page, as Django REST framework writes
 * them: the request's URL with another {@code page}, and without it for the first page.
 */
final class PageLinks {

	private PageLinks() {
	}

	static @Nullable String next(URI requestUri, int page, int pageSize, long count) {
		if ((long) page * pageSize >= count) {
			return null;
		}
		return UriComponentsBuilder.fromUri(requestUri).replaceQueryParam("page", page + 1).build().toUriString();
	}

	static @Nullable String previous(URI requestUri, int page, int pageSize, long count) {
		if (page <= 1) {
			return null;
		}
		// past the end, the previous page is the last one that has results
		long lastPage = Math.max(1, (count + pageSize - 1) / pageSize);
		long target = Math.min(page - 1, lastPage);
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(requestUri);
		return ((target == 1) ? builder.replaceQueryParam("page") : builder.replaceQueryParam("page", target)).build()
			.toUriString();
	}

}
