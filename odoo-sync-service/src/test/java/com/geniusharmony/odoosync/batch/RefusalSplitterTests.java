package com.geniusharmony.odoosync.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.mapping.ExternalIds;
import com.geniusharmony.odoosync.mapping.OdooMapping;
import com.geniusharmony.odoosync.mapping.OdooRow;
import com.geniusharmony.odoosync.odoo.LoadMessage;
import com.geniusharmony.odoosync.odoo.LoadResult;
import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.odoo.OdooErrorKind;
import com.geniusharmony.odoosync.odoo.OdooException;
import com.geniusharmony.odoosync.odoo.OdooField;
import com.geniusharmony.odoosync.odoo.OdooVersion;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import com.geniusharmony.odoosync.state.Claims;
import com.geniusharmony.odoosync.state.RowOutcome.Landed;
import com.geniusharmony.odoosync.state.RowOutcome.Refused;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalSplitterTests {

	/** The columns of {@code res.partner} rows, as the sync writes them. */
	private static final List<String> FIELDS = List.of("id", "name", "email", "active");

	@Test
	void landsAWholeBatchInOneCall() {
		RefusingOdoo odoo = new RefusingOdoo(Refusal.NAMED_ROWS);
		RefusalSplitter.Loaded loaded = load(odoo, rows(8));
		assertThat(loaded.split()).isFalse();
		assertThat(loaded.outcomes()).hasSize(8).allMatch(Landed.class::isInstance);
		assertThat(odoo.calls).containsExactly(8);
	}

	@Test
	void setsAsideTheRowsOdoosMessagesNameAndLandsTheOthersInOneMoreCall() {
		RefusingOdoo odoo = new RefusingOdoo(Refusal.NAMED_ROWS);
		List<OdooRow> rows = rows(8, 2, 5);
		RefusalSplitter.Loaded loaded = load(odoo, rows);
		assertThat(loaded.split()).isTrue();
		assertThat(refused(loaded)).containsExactly("2", "5");
		assertThat(loaded.outcomes().stream().filter(Refused.class::isInstance).map((o) -> ((Refused) o).error()))
			.allMatch((error) -> error.equals("Missing required value for the field 'Name' (name)"));
		assertThat(landed(loaded)).containsExactlyInAnyOrder("0", "1", "3", "4", "6", "7");
		assertThat(odoo.calls).containsExactly(8, 6);
	}

	@Test
	void splitsARefusalThatNamesNoRowInHalvesUntilEachBadRowStandsAlone() {
		RefusingOdoo odoo = new RefusingOdoo(Refusal.UNNAMED);
		RefusalSplitter.Loaded loaded = load(odoo, rows(8, 5));
		assertThat(refused(loaded)).containsExactly("5");
		assertThat(landed(loaded)).hasSize(7);
		assertThat(odoo.calls).containsExactly(8, 4, 4, 2, 2, 1, 1);
	}

	@Test
	void splitsABatchOdooAnswersWithAnErrorAboutTheValues() {
		RefusingOdoo odoo = new RefusingOdoo(Refusal.VALIDATION_ERROR);
		RefusalSplitter.Loaded loaded = load(odoo, rows(4, 0, 3));
		assertThat(refused(loaded)).containsExactly("0", "3");
		assertThat(landed(loaded)).containsExactly("1", "2");
	}

	@Test
	void failsTheWholeCallWhenOdooIsUnavailable() {
		RefusingOdoo odoo = new RefusingOdoo(Refusal.UNAVAILABLE);
		StepVerifier.create(new RefusalSplitter(odoo).load("res.partner", FIELDS, rows(4, 1)))
			.expectErrorSatisfies((ex) -> assertThat(((OdooException) ex).kind()).isEqualTo(OdooErrorKind.UNAVAILABLE))
			.verify();
		assertThat(odoo.calls).containsExactly(4);
	}

	private static RefusalSplitter.Loaded load(RefusingOdoo odoo, List<OdooRow> rows) {
		return new RefusalSplitter(odoo).load("res.partner", FIELDS, rows).block();
	}

	/**
	 * Rows of users named after their index, those at the bad indexes without a name.
	 */
	private static List<OdooRow> rows(int count, int... bad) {
		return IntStream.range(0, count).mapToObj((index) -> {
			boolean refused = IntStream.of(bad).anyMatch((b) -> b == index);
			String id = Integer.toString(index);
			UserState user = TestEvents.user(id, refused ? "" : "User", "", "u@example.com");
			ClaimedEntity entity = Claims.of(TestEvents.event(new UserCreated(user), 1));
			List<String> cells = List.of(ExternalIds.of(EntityKind.USER, id),
					refused ? "" : OdooMapping.contactName(user), user.email(), "1");
			return new OdooRow(entity, cells, false, List.of());
		}).toList();
	}

	private static List<String> refused(RefusalSplitter.Loaded loaded) {
		return loaded.outcomes()
			.stream()
			.filter(Refused.class::isInstance)
			.map((outcome) -> outcome.entity().entityId())
			.toList();
	}

	private static List<String> landed(RefusalSplitter.Loaded loaded) {
		return loaded.outcomes()
			.stream()
			.filter(Landed.class::isInstance)
			.map((outcome) -> outcome.entity().entityId())
			.toList();
	}

	private enum Refusal {

		NAMED_ROWS, UNNAMED, VALIDATION_ERROR, UNAVAILABLE

	}

	/**
	 * Refuses every {@code load} that has a row without a name, as Odoo does: the whole
	 * call, in one of several ways.
	 */
	private static final class RefusingOdoo implements OdooClient {

		private final Refusal refusal;

		private final List<Integer> calls = new ArrayList<>();

		RefusingOdoo(Refusal refusal) {
			this.refusal = refusal;
		}

		@Override
		public Mono<LoadResult> load(String model, List<String> fields, List<List<String>> rows) {
			this.calls.add(rows.size());
			List<Integer> bad = IntStream.range(0, rows.size())
				.filter((i) -> rows.get(i).get(1).isEmpty())
				.boxed()
				.toList();
			if (bad.isEmpty()) {
				return Mono.just(
						new LoadResult(IntStream.range(0, rows.size()).mapToObj((i) -> 100L + i).toList(), List.of()));
			}
			String message = "Missing required value for the field 'Name' (name)";
			return switch (this.refusal) {
				case NAMED_ROWS -> Mono.just(new LoadResult(List.of(),
						bad.stream().map((row) -> new LoadMessage("error", message, row, "name")).toList()));
				case UNNAMED ->
					Mono.just(new LoadResult(List.of(), List.of(new LoadMessage("error", message, null, null))));
				case VALIDATION_ERROR -> Mono.error(new OdooException(OdooErrorKind.VALIDATION, message));
				case UNAVAILABLE -> Mono.error(new OdooException(OdooErrorKind.UNAVAILABLE, "Odoo answered 503"));
			};
		}

		@Override
		public Mono<OdooVersion> version() {
			return Mono.error(new UnsupportedOperationException());
		}

		@Override
		public Mono<Long> authenticate() {
			return Mono.error(new UnsupportedOperationException());
		}

		@Override
		public Mono<List<JsonNode>> searchRead(String model, List<?> domain, List<String> fields,
				boolean includeArchived, @Nullable String order, int limit) {
			return Mono.error(new UnsupportedOperationException());
		}

		@Override
		public Mono<Void> write(String model, List<Long> ids, Map<String, Object> values) {
			return Mono.error(new UnsupportedOperationException());
		}

		@Override
		public Mono<Void> unlink(String model, List<Long> ids) {
			return Mono.error(new UnsupportedOperationException());
		}

		@Override
		public Mono<Map<String, OdooField>> fieldsGet(String model) {
			return Mono.error(new UnsupportedOperationException());
		}

	}

}
