package com.geniusharmony.infra.spring;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextCustomizer;

import com.geniusharmony.infra.spring.RealInfrastructure.Component;

import static org.assertj.core.api.Assertions.assertThat;

class RealInfrastructureContextCustomizerFactoryTests {

	private final RealInfrastructureContextCustomizerFactory factory = new RealInfrastructureContextCustomizerFactory();

	@Test
	void ignoresClassesWithoutAnnotation() {
		assertThat(this.factory.createContextCustomizer(Plain.class, List.of())).isNull();
	}

	@Test
	void givesEqualCustomizersForSameComponentsInAnyOrder() {
		ContextCustomizer byDefault = this.factory.createContextCustomizer(AllByDefault.class, List.of());
		ContextCustomizer listed = this.factory.createContextCustomizer(AllListed.class, List.of());
		assertThat(byDefault).isEqualTo(listed).hasSameHashCodeAs(listed);
	}

	@Test
	void givesDifferentCustomizersForDifferentComponents() {
		assertThat(this.factory.createContextCustomizer(AllByDefault.class, List.of()))
			.isNotEqualTo(this.factory.createContextCustomizer(RedisOnly.class, List.of()));
	}

	@Test
	void findsAnnotationOnSuperclass() {
		assertThat(this.factory.createContextCustomizer(Inheriting.class, List.of()))
			.isEqualTo(this.factory.createContextCustomizer(RedisOnly.class, List.of()));
	}

	static class Plain {

	}

	@RealInfrastructure
	static class AllByDefault {

	}

	@RealInfrastructure({ Component.REDIS, Component.KAFKA, Component.POSTGRES })
	static class AllListed {

	}

	@RealInfrastructure(Component.REDIS)
	static class RedisOnly {

	}

	static class Inheriting extends RedisOnly {

	}

}
