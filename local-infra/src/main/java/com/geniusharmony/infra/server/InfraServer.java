package com.geniusharmony.infra.server;

/**
 * A server of the infrastructure (a broker, a database server, a cache) and where it
 * comes from. Only one this JVM started ({@link Source#EMBEDDED}) can be stopped and
 * started again on the same port and data; the others refuse.
 */
public interface InfraServer extends AutoCloseable {

	Source source();

	/**
	 * Stops the server cleanly; its port and data stay for {@link #start()}.
	 */
	default void stop() {
		throw notEmbedded();
	}

	/**
	 * Starts the stopped server again on the same port and data, and waits until it
	 * answers.
	 */
	default void start() {
		throw notEmbedded();
	}

	/**
	 * Ends the server for good if this JVM started it; a server named by the environment
	 * is left alone.
	 */
	@Override
	void close();

	/**
	 * The refusal of an operation only an embedded server allows.
	 * @return the exception to throw
	 */
	default UnsupportedOperationException notEmbedded() {
		return new UnsupportedOperationException(
				"Only an embedded server can be stopped, started or killed; this one comes from " + source());
	}

}
