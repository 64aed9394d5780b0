package com.geniusharmony.events.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventSamples;
import com.geniusharmony.events.EventType;
import com.geniusharmony.events.json.ReadResult.Readable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The golden files under {@code src/test/resources/events/<type>/v<n>.json} are the
 * contract: every version of every type has one, each reads into the event it stands for,
 * and the current one is what the writer writes.
 */
class GoldenEventTests {

	private static final Path GOLDEN = Path.of("src/test/resources/events");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * What the golden files of versions before the current one read into, keyed
	 * {@code <type>/v<n>}. Empty while every type is at v1; adding v2 of a type moves its
	 * v1 sample here.
	 */
	private static final Map<String, EventEnvelope> OLDER_VERSIONS = Map.of();

	private final EventJson json = new EventJson();

	@Test
	void everyVersionOfEveryTypeHasAGoldenFile() {
		List<String> missing = new ArrayList<>();
		for (EventType type : EventType.values()) {
			for (int version = 1; version <= type.currentVersion(); version++) {
				if (!Files.isRegularFile(golden(type, version))) {
					missing.add(golden(type, version).toString());
				}
			}
		}
		assertThat(missing).as("golden files that are missing").isEmpty();
	}

	@Test
	void everyGoldenFileIsOfAKnownTypeAndVersion() throws IOException {
		try (Stream<Path> files = Files.walk(GOLDEN)) {
			List<String> stray = files.filter(Files::isRegularFile)
				.map((file) -> GOLDEN.relativize(file).toString().replace('\\', '/'))
				.filter((name) -> !isKnownTypeAndVersion(name))
				.toList();
			assertThat(stray).as("golden files of no known type and version").isEmpty();
		}
	}

	@ParameterizedTest(name = "{0} v{1}")
	@MethodSource("everyVersionOfEveryType")
	void goldenFileReadsIntoTheEventItStandsFor(EventType type, int version) throws IOException {
		ReadResult result = this.json.read(Files.readAllBytes(golden(type, version)));

		assertThat(result).isInstanceOf(Readable.class);
		assertThat(((Readable) result).envelope()).isEqualTo(expected(type, version));
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void writerWritesTheGoldenFileOfTheCurrentVersion(EventType type) throws IOException {
		byte[] written = this.json.write(EventSamples.sample(type));

		assertThat(MAPPER.readTree(written))
			.isEqualTo(MAPPER.readTree(Files.readAllBytes(golden(type, type.currentVersion()))));
	}

	static Stream<Arguments> everyVersionOfEveryType() {
		return Stream.of(EventType.values())
			.flatMap((type) -> IntStream.rangeClosed(1, type.currentVersion())
				.mapToObj((version) -> Arguments.of(type, version)));
	}

	private static EventEnvelope expected(EventType type, int version) {
		if (version == type.currentVersion()) {
			return EventSamples.sample(type);
		}
		EventEnvelope older = OLDER_VERSIONS.get(type.wireName() + "/v" + version);
		if (older == null) {
			return fail("no expected event for the golden file of %s v%d", type.wireName(), version);
		}
		return older;
	}

	private static boolean isKnownTypeAndVersion(String name) {
		return Stream.of(EventType.values())
			.anyMatch((type) -> IntStream.rangeClosed(1, type.currentVersion())
				.anyMatch((version) -> name.equals(type.wireName() + "/v" + version + ".json")));
	}

	private static Path golden(EventType type, int version) {
		return GOLDEN.resolve(type.wireName()).resolve("v" + version + ".json");
	}

}
