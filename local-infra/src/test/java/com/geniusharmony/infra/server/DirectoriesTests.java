package com.geniusharmony.infra.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoriesTests {

	private final String prefix = "directories-test-" + UUID.randomUUID() + "-";

	@Test
	void deletesDirectoriesOfProcessesThatAreGoneOnly() throws IOException, InterruptedException {
		Process finished = new ProcessBuilder("true").start();
		finished.waitFor();
		Path abandoned = owned(finished.pid());
		Path live = owned(ProcessHandle.current().pid());

		Path created = Directories.temporaryForThisProcess(this.prefix);

		try {
			assertThat(abandoned).doesNotExist();
			assertThat(live).exists();
			assertThat(created.resolve("owner.pid")).hasContent(String.valueOf(ProcessHandle.current().pid()));
		}
		finally {
			Directories.delete(live);
			Directories.delete(created);
		}
	}

	@Test
	void deletesTreeAndAcceptsMissingDirectory() throws IOException {
		Path directory = Directories.temporary(this.prefix);
		Files.createDirectories(directory.resolve("a/b"));
		Files.writeString(directory.resolve("a/b/c.txt"), "c");
		Directories.delete(directory);
		assertThat(directory).doesNotExist();
		Directories.delete(directory);
	}

	private Path owned(long pid) throws IOException {
		Path directory = Directories.temporary(this.prefix);
		Files.writeString(directory.resolve("owner.pid"), String.valueOf(pid));
		return directory;
	}

}
