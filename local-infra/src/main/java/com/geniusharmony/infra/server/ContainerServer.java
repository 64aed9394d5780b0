package com.geniusharmony.infra.server;

import org.testcontainers.containers.GenericContainer;

/**
 * A server in a Testcontainers container, which it stops when closed.
 *
 * @param <C> the type of container
 */
public abstract class ContainerServer<C extends GenericContainer<?>> {

	private final C container;

	/**
	 * Wraps a started container.
	 * @param container the container
	 */
	protected ContainerServer(C container) {
		this.container = container;
	}

	/**
	 * The container the server runs in.
	 * @return the container
	 */
	protected C container() {
		return this.container;
	}

	public Source source() {
		return Source.CONTAINER;
	}

	/**
	 * Stops the container.
	 */
	public void close() {
		this.container.stop();
	}

}
