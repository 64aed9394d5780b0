package com.geniusharmony.infra.spring;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationContext;

/**
 * The context the first of the annotated test classes got, for the next one to compare
 * with.
 */
final class SharedContexts {

	private static final AtomicReference<ApplicationContext> first = new AtomicReference<>();

	private SharedContexts() {
	}

	static ApplicationContext firstOf(ApplicationContext context) {
		first.compareAndSet(null, context);
		return first.get();
	}

}
