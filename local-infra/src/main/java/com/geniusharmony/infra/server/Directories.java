package com.geniusharmony.infra.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary directories for servers, readable by the unprivileged user a server may run
 * as, and their removal.
 */
public final class Directories {

	private static final String OWNER = "owner.pid";

	private Directories() {
	}

	/**
	 * Creates a temporary directory that other users may enter (mode 755).
	 * @param prefix the start of its name
	 * @return the directory
	 */
	public static Path temporary(String prefix) {
		try {
			Path directory = Files.createTempDirectory(prefix);
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a temporary directory", ex);
		}
	}

	/**
	 * Creates a temporary directory for the servers of this process, marked with its pid,
	 * after deleting those of the same prefix left by processes that are gone (killed
	 * before their shutdown hooks could run).
	 * @param prefix the start of its name
	 * @return the directory
	 */
	public static Path temporaryForThisProcess(String prefix) {
		deleteAbandoned(prefix);
		Path directory = temporary(prefix);
		try {
			Files.writeString(directory.resolve(OWNER), String.valueOf(ProcessHandle.current().pid()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + directory.resolve(OWNER), ex);
		}
		return directory;
	}

	private static void deleteAbandoned(String prefix) {
		Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
		try (DirectoryStream<Path> candidates = Files.newDirectoryStream(temporary, prefix + "*")) {
			for (Path candidate : candidates) {
				Path owner = candidate.resolve(OWNER);
				if (Files.isReadable(owner)
						&& ProcessHandle.of(Long.parseLong(Files.readString(owner).trim())).isEmpty()) {
					delete(candidate);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// another user's leftovers, or a directory being deleted meanwhile: not ours
			// to fix
		}
	}

	/**
	 * Deletes a directory and everything in it; missing is fine.
	 * @param directory the directory
	 */
	public static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(Directories::deleteOne);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + directory, ex);
		}
	}

	private static void deleteOne(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + path, ex);
		}
	}

}
