package com.geniusharmony.odooemulator;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator for the tests of one class and a client for it: started before the first
 * test, reset before each, stopped after the last. Register it on a static field with
 * {@code @RegisterExtension}.
 */
public final class RunningEmulator implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private final OdooEmulatorConfig config;

	private @Nullable OdooEmulator emulator;

	private @Nullable OdooHttp http;

	/**
	 * An emulator with {@link OdooEmulatorConfig#defaults()}.
	 */
	public RunningEmulator() {
		this(OdooEmulatorConfig.defaults());
	}

	/**
	 * An emulator with the given configuration.
	 * @param config the configuration
	 */
	public RunningEmulator(OdooEmulatorConfig config) {
		this.config = config;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		OdooEmulator started = OdooEmulator.start(this.config);
		this.emulator = started;
		this.http = new OdooHttp(started.baseUrl());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		emulator().reset();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		emulator().stop();
	}

	public OdooEmulator emulator() {
		if (this.emulator == null) {
			throw new IllegalStateException("The emulator starts before the first test of the class");
		}
		return this.emulator;
	}

	public OdooHttp http() {
		if (this.http == null) {
			throw new IllegalStateException("The emulator starts before the first test of the class");
		}
		return this.http;
	}

}
