package com.geniusharmony.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The machine's load, which the benchmarks report with their figures.
 */
public final class LoadAverage {

	private LoadAverage() {
	}

	/** The 1, 5 and 15 minute load averages, as {@code /proc/loadavg} gives them. */
	public static String now() {
		try {
			return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
