package com.geniusharmony.notification.notification;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTests {

	private static final URI FIRST = URI.create("http://host/api/notifications/?is_read=false&page_size=10");

	private static final URI THIRD = URI.create("http://host/api/notifications/?page=3&is_read=false&page_size=10");

	@Test
	void linksTheNextPageKeepingTheOtherParameters() {
		assertThat(PageLinks.next(FIRST, 1, 10, 11))
			.isEqualTo("http://host/api/notifications/?is_read=false&page_size=10&page=2");
	}

	@Test
	void hasNoNextPageWhenThisOneEndsTheList() {
		assertThat(PageLinks.next(FIRST, 1, 10, 10)).isNull();
		assertThat(PageLinks.next(FIRST, 1, 10, 0)).isNull();
	}

	@Test
	void linksTheFirstPageWithoutAPageParameter() {
		URI second = URI.create("http://host/api/notifications/?page=2&page_size=10");
		assertThat(PageLinks.previous(second, 2, 10, 30)).isEqualTo("http://host/api/notifications/?page_size=10");
		assertThat(PageLinks.previous(FIRST, 1, 10, 30)).isNull();
	}

	@Test
	void linksTheLastPageWithResultsFromPastTheEnd() {
		assertThat(PageLinks.previous(THIRD, 9, 10, 25))
			.isEqualTo("http://host/api/notifications/?is_read=false&page_size=10&page=3");
		assertThat(PageLinks.previous(THIRD, 9, 10, 0))
			.isEqualTo("http://host/api/notifications/?is_read=false&page_size=10");
	}

}
