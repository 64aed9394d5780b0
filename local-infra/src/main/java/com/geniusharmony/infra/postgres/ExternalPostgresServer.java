package com.geniusharmony.infra.postgres;

import com.geniusharmony.infra.server.Source;

/**
 * A server named by the environment.
 */
record ExternalPostgresServer(String host, int port, String username, String password) implements PostgresServer {

	@Override
	public Source source() {
		return Source.ENVIRONMENT;
	}

	@Override
	public void close() {
	}

	@Override
	public String toString() {
		return "ExternalPostgresServer[" + this.username + "@" + this.host + ":" + this.port + "]";
	}

}
