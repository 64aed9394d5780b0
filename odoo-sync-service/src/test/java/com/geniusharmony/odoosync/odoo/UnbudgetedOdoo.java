package com.geniusharmony.odoosync.odoo;

import java.time.Duration;

import com.geniusharmony.odooemulator.OdooEmulator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.util.unit.DataSize;

/**
 * A JSON-RPC client of an emulator that spends no budget, has no retries and no circuit
 * breaker: one client sending as fast as Odoo answers, for the benchmark's ceiling.
 */
public final class UnbudgetedOdoo {

	private UnbudgetedOdoo() {
	}

	/**
	 * The protocol client the service would use, without the shared budget.
	 * @param odoo the emulator, with its default administrator credentials
	 * @return the client
	 */
	public static OdooClient jsonRpc(OdooEmulator odoo) {
		// the service's default timeouts: a throttled 100-row load takes about a second
		OdooProperties settings = new OdooProperties(true, "127.0.0.1", odoo.port(), OdooProtocol.JSONRPC,
				odoo.config().database(), odoo.config().login(), odoo.config().password(), Duration.ofSeconds(5),
				Duration.ofSeconds(30), DataSize.ofMegabytes(16), Duration.ofMinutes(5), Duration.ofSeconds(1), 3, 50,
				10, Duration.ofSeconds(30));
		return TestOdoo.client(settings, new CountingBudget(), new SimpleMeterRegistry());
	}

}
