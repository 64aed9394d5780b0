package com.geniusharmony.core.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTests {

	@Test
	void readsOnlyStringsThatCanBeOurIds() {
		assertThat(Ids.parse("42")).contains(42L);
		assertThat(Ids.parse("")).isEmpty();
		assertThat(Ids.parse("-1")).isEmpty();
		assertThat(Ids.parse("4x2")).isEmpty();
		assertThat(Ids.parse("9999999999999999999999")).isEmpty();
		assertThat(Ids.format(42)).isEqualTo("42");
	}

}
