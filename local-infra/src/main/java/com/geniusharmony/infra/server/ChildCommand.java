package com.geniusharmony.infra.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the command lines of server processes: under {@code setpriv} so that the server
 * gets a signal when this JVM ends, and as the unprivileged user {@code nobody} when this
 * JVM runs as root and the server refuses root (PostgreSQL does).
 */
public final class ChildCommand {

	private static final String UNPRIVILEGED_USER = "nobody";

	private static final int FALLBACK_ID = 65534;

	private ChildCommand() {
	}

	/**
	 * Prefixes a command line.
	 * @param command the server's command line
	 * @param parentDeathSignal the signal the server gets when this JVM ends, e.g.
	 * {@code TERM}
	 * @param refusesRoot whether the server must run as an unprivileged user when this
	 * JVM is root
	 * @return the command line to start
	 * @throws IllegalStateException if the server must change user and {@code setpriv} is
	 * missing
	 */
	public static List<String> of(List<String> command, String parentDeathSignal, boolean refusesRoot) {
		Optional<Path> setpriv = setpriv();
		boolean changeUser = refusesRoot && isRoot();
		if (setpriv.isEmpty()) {
			if (changeUser) {
				throw new IllegalStateException(Path.of(command.get(0)).getFileName()
						+ " refuses to run as root, and setpriv (util-linux) was not found to run it as "
						+ UNPRIVILEGED_USER + ". Install util-linux, run as a non-root user, or point the "
						+ "environment variables at a running server.");
			}
			return command;
		}
		List<String> prefixed = new ArrayList<>();
		prefixed.add(setpriv.get().toString());
		if (changeUser) {
			int[] ids = unprivilegedIds();
			prefixed.add("--reuid=" + ids[0]);
			prefixed.add("--regid=" + ids[1]);
			prefixed.add("--clear-groups");
		}
		prefixed.add("--pdeathsig");
		prefixed.add(parentDeathSignal);
		prefixed.addAll(command);
		return prefixed;
	}

	/**
	 * Creates a directory that a server started with {@code refusesRoot} can write: owned
	 * by {@code nobody} when this JVM is root, by the current user otherwise.
	 * @param directory the directory
	 */
	public static void createWritable(Path directory) {
		try {
			Files.createDirectories(directory);
			if (isRoot()) {
				UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
				PosixFileAttributeView view = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
				view.setOwner(users.lookupPrincipalByName(UNPRIVILEGED_USER));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare " + directory + " for " + UNPRIVILEGED_USER, ex);
		}
	}

	/**
	 * Tells whether this JVM runs as root.
	 * @return whether the effective user is root
	 */
	public static boolean isRoot() {
		try {
			return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private static Optional<Path> setpriv() {
		String path = System.getenv().getOrDefault("PATH", "");
		return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin", "/bin"))
			.filter((directory) -> !directory.isEmpty())
			.map((directory) -> Path.of(directory, "setpriv"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static int[] unprivilegedIds() {
		try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
			return lines.map((line) -> line.split(":"))
				.filter((fields) -> fields.length > 3 && fields[0].equals(UNPRIVILEGED_USER))
				.map((fields) -> new int[] { Integer.parseInt(fields[2]), Integer.parseInt(fields[3]) })
				.findFirst()
				.orElse(new int[] { FALLBACK_ID, FALLBACK_ID });
		}
		catch (IOException | NumberFormatException ex) {
			return new int[] { FALLBACK_ID, FALLBACK_ID };
		}
	}

}
