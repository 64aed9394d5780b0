package com.geniusharmony.infra.spring;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.spring.RealInfrastructure.Component;

/**
 * Puts the shared servers and a fresh set of {@link ContextResources} into a test
 * context. Equal for equal components, so that Spring's context cache gives every test
 * class with the same configuration the same context.
 */
final class RealInfrastructureContextCustomizer implements ContextCustomizer {

	static final String PROPERTY_SOURCE_NAME = "realInfrastructure";

	private static final Duration CONTEXT_CLOSE_WAIT = Duration.ofSeconds(20);

	private final Set<Component> components;

	RealInfrastructureContextCustomizer(Set<Component> components) {
		this.components = (components.isEmpty()) ? EnumSet.noneOf(Component.class) : EnumSet.copyOf(components);
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		Infrastructure infrastructure = Infrastructure.shared();
		ContextResources resources = ContextResources.create(ContextResources.Servers.of(infrastructure),
				this.components);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, resources.properties()));
		WeakReference<ConfigurableApplicationContext> reference = new WeakReference<>(context);
		infrastructure.atExit(() -> {
			// the context closes in Spring's own shutdown hook, at the same time as this
			// runs
			awaitClosed(reference.get());
			resources.release();
		});
	}

	private static void awaitClosed(@Nullable ConfigurableApplicationContext context) {
		long deadline = System.nanoTime() + CONTEXT_CLOSE_WAIT.toNanos();
		while (context != null && context.isActive() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof RealInfrastructureContextCustomizer customizer
				&& this.components.equals(customizer.components);
	}

	@Override
	public int hashCode() {
		return this.components.hashCode();
	}

	@Override
	public String toString() {
		return "RealInfrastructureContextCustomizer" + this.components;
	}

}
