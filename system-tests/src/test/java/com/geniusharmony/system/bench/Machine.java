package com.geniusharmony.system.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the operating system says of this machine and of the services' processes, for the
 * report (Linux only: read from {@code /proc}).
 */
final class Machine {

	private Machine() {
	}

	/** The 1, 5 and 15 minute load averages, as {@code /proc/loadavg} gives them. */
	static String loadAverage() {
		return String.join(" ", Arrays.asList(read("/proc/loadavg").split(" ")).subList(0, 3));
	}

	/** CPUs, their model, memory, kernel and JDK, on one line. */
	static String description() {
		String model = read("/proc/cpuinfo").lines()
			.filter((line) -> line.startsWith("model name"))
			.map((line) -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst()
			.orElse("unknown CPU");
		return String.format(Locale.ROOT, "%d CPUs (%s), %.1f GiB memory, %s %s, JDK %s",
				Runtime.getRuntime().availableProcessors(), model,
				kibibytes(statusField(read("/proc/meminfo"), "MemTotal")) / 1024.0 / 1024.0,
				System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
	}

	/**
	 * A process's resident memory now.
	 * @param pid the process
	 * @return {@code VmRSS} of {@code /proc/<pid>/status}, in KiB
	 */
	static long residentKibibytes(long pid) {
		return kibibytes(statusField(read("/proc/" + pid + "/status"), "VmRSS"));
	}

	private static long kibibytes(String field) {
		return Long.parseLong(field.replace("kB", "").trim());
	}

	private static String statusField(String text, String field) {
		List<String> lines = text.lines().filter((line) -> line.startsWith(field + ":")).toList();
		return lines.isEmpty() ? "unknown" : lines.get(0).substring(field.length() + 1).trim();
	}

	private static String read(String file) {
		try {
			return Files.readString(Path.of(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
