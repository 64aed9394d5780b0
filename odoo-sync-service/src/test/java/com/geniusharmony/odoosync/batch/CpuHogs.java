package com.geniusharmony.odoosync.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Processes that do nothing but spin, to compete with the service for the machine's cores
 * as other workloads of a busy host would.
 */
final class CpuHogs implements AutoCloseable {

	private final List<Process> processes = new ArrayList<>();

	private CpuHogs(int count) throws IOException {
		for (int i = 0; i < count; i++) {
			this.processes.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
		}
	}

	/**
	 * Starts the processes.
	 * @param count how many
	 * @return the running processes, stopped on {@link #close()}
	 * @throws IOException if one cannot be started
	 */
	static CpuHogs start(int count) throws IOException {
		return new CpuHogs(count);
	}

	int count() {
		return this.processes.size();
	}

	@Override
	public void close() {
		this.processes.forEach(Process::destroyForcibly);
	}

}
