package com.geniusharmony.infra.server;

/**
 * Where a server comes from: endpoints given by the environment, a Testcontainers
 * container, or a process started by this JVM from binaries on its classpath.
 */
public enum Source {

	/**
	 * Endpoints given by environment variables; the server outlives this JVM.
	 */
	ENVIRONMENT,

	/**
	 * A container started through Testcontainers; it ends with this JVM.
	 */
	CONTAINER,

	/**
	 * A process started by this JVM; it ends with this JVM and can be stopped, started
	 * and killed.
	 */
	EMBEDDED

}
