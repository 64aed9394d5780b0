package com.geniusharmony.infra.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChildCommandTests {

	private final Path directory = Directories.temporaryForThisProcess("harmony-infra-test-");

	@AfterEach
	void deleteDirectory() {
		Directories.delete(this.directory);
	}

	@Test
	void runsServerThatRefusesRootAsNobodyWhenRoot() throws IOException {
		Path log = this.directory.resolve("id.log");
		ChildProcess.run("id", ChildCommand.of(List.of("id", "-un"), "TERM", true), log, Duration.ofSeconds(30));
		String expected = ChildCommand.isRoot() ? "nobody" : System.getProperty("user.name");
		assertThat(Files.readString(log).trim()).isEqualTo(expected);
	}

	@Test
	void keepsUserOfServerThatAcceptsRoot() throws IOException {
		Path log = this.directory.resolve("id.log");
		ChildProcess.run("id", ChildCommand.of(List.of("id", "-un"), "TERM", false), log, Duration.ofSeconds(30));
		assertThat(Files.readString(log).trim()).isEqualTo(System.getProperty("user.name"));
	}

	@Test
	void endsChildWhenItsParentDies() throws IOException {
		// a shell stands in for this JVM: it starts the guarded child, prints its pid,
		// and is killed
		String guarded = String.join(" ", ChildCommand.of(List.of("sleep", "300"), "TERM", false));
		Path log = this.directory.resolve("parent.log");
		ChildProcess parent = ChildProcess.start("parent", List.of("sh", "-c", guarded + " & echo $!; wait"), log);
		await().atMost(Duration.ofSeconds(30)).until(() -> !Files.readString(log).isBlank());
		ProcessHandle child = ProcessHandle.of(Long.parseLong(Files.readString(log).trim())).orElseThrow();
		assertThat(child.isAlive()).isTrue();
		parent.kill();
		await().atMost(Duration.ofSeconds(30)).until(() -> !child.isAlive());
	}

}
