package com.geniusharmony.notification.console;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConsolePropertiesTests {

	@Test
	void refusesAnAddressABrowserCannotReach() {
		URI core = URI.create("http://localhost:8081");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ConsoleProperties(core, URI.create("/api/sync"), URI.create("http://localhost:8084")))
			.withMessageContaining("/api/sync");
	}

}
