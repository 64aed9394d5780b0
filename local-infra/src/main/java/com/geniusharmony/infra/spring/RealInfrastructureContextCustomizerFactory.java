package com.geniusharmony.infra.spring;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

import com.geniusharmony.infra.spring.RealInfrastructure.Component;

/**
 * Adds a {@link RealInfrastructureContextCustomizer} to the contexts of test classes
 * annotated with {@link RealInfrastructure} (registered in
 * {@code META-INF/spring.factories}).
 */
class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		RealInfrastructure annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				RealInfrastructure.class);
		if (annotation == null) {
			return null;
		}
		Set<Component> components = EnumSet.noneOf(Component.class);
		components.addAll(List.of(annotation.value()));
		return new RealInfrastructureContextCustomizer(components);
	}

}
