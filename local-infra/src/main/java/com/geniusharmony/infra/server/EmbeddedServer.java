package com.geniusharmony.infra.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server on a port of 127.0.0.1, run by this JVM as a {@link ChildProcess}: started and
 * awaited until it answers, stopped, started again on the same port and killed; each
 * server says how it is started and how to tell that it answers.
 */
public abstract class EmbeddedServer {

	private static final Duration SHUTDOWN = Duration.ofSeconds(30);

	private final Logger logger = LoggerFactory.getLogger(getClass());

	private final String name;

	private final int port;

	private final Duration startup;

	private @Nullable ChildProcess process;

	/**
	 * Creates a server that is not running yet.
	 * @param name what it is, for messages
	 * @param port the port it listens on
	 * @param startup how long it may take to answer after it is started
	 */
	protected EmbeddedServer(String name, int port, Duration startup) {
		this.name = name;
		this.port = port;
		this.startup = startup;
	}

	public String host() {
		return "127.0.0.1";
	}

	public int port() {
		return this.port;
	}

	public Source source() {
		return Source.EMBEDDED;
	}

	/**
	 * Starts the server unless it runs, and waits until it answers; a server that does
	 * not answer in time is killed.
	 */
	public synchronized void start() {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		List<String> command = command();
		long started = System.nanoTime();
		ChildProcess server = ChildProcess.start(this.name, command, logFile());
		this.process = server;
		try {
			awaitReady(new StartupWait(server, address(), this.startup));
		}
		catch (RuntimeException ex) {
			server.kill();
			this.process = null;
			throw ex;
		}
		this.logger.info("{} (pid {}) answers on {} after {} ms", this.name, server.pid(), address(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	/**
	 * Stops the server if it runs; its port and data stay for {@link #start()}.
	 */
	public synchronized void stop() {
		ChildProcess server = this.process;
		if (server != null) {
			this.process = null;
			shutDown(server);
		}
	}

	/**
	 * Kills the server process (SIGKILL) if it runs, as a crash would.
	 */
	public synchronized void kill() {
		if (this.process != null) {
			this.process.kill();
			this.process = null;
		}
	}

	/**
	 * Stops the server for good.
	 */
	public void close() {
		stop();
	}

	/**
	 * The process id of the running server.
	 * @return the pid
	 * @throws IllegalStateException if the server does not run
	 */
	public synchronized long pid() {
		if (this.process == null) {
			throw new IllegalStateException(this.name + " is not running");
		}
		return this.process.pid();
	}

	/**
	 * Makes ready for a start: checks that the ports are free, writes the configuration
	 * the server reads.
	 * @return the command line that starts the server
	 */
	protected abstract List<String> command();

	/**
	 * The file the server's output is appended to.
	 * @return the log file
	 */
	protected abstract Path logFile();

	/**
	 * Where the server answers, for messages.
	 * @return the address, {@code host:port} unless the server has another form
	 */
	protected String address() {
		return host() + ":" + this.port;
	}

	/**
	 * Waits until the started server answers.
	 * @param wait the wait, which fails when the process exits or the time is up
	 */
	protected abstract void awaitReady(StartupWait wait);

	/**
	 * Ends the process of a server being stopped: SIGTERM, then SIGKILL when it takes too
	 * long.
	 * @param server the process
	 */
	protected void shutDown(ChildProcess server) {
		server.terminate(SHUTDOWN);
	}

}
