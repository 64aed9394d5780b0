package com.geniusharmony.odooemulator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time (user and system) a process has used so far, read from Linux's
 * {@code /proc/<pid>/stat}: a measure of the emulator's cost per request that does not
 * depend on what else the machine runs.
 */
final class ServerCpu {

	/** Linux reports CPU time in clock ticks of 1/100 s. */
	private static final long MICROS_PER_TICK = 10_000;

	private final Path stat;

	ServerCpu(long pid) {
		this.stat = Path.of("/proc", String.valueOf(pid), "stat");
	}

	long micros() {
		try {
			String text = Files.readString(this.stat);
			String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
			// After the command name: state is field 3, utime field 14 and stime field 15
			// of the whole line.
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MICROS_PER_TICK;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
