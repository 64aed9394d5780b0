package com.geniusharmony.odoosync.batch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.geniusharmony.odoosync.mapping.OdooRow;
import com.geniusharmony.odoosync.odoo.LoadMessage;
import com.geniusharmony.odoosync.odoo.LoadResult;
import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.odoo.OdooErrorKind;
import com.geniusharmony.odoosync.odoo.OdooException;
import com.geniusharmony.odoosync.state.RowOutcome;
import com.geniusharmony.odoosync.state.RowOutcome.Landed;
import com.geniusharmony.odoosync.state.RowOutcome.Refused;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Upserts rows with {@code load} and, since one bad row makes Odoo refuse the whole call,
 * isolates the rows it refuses: rows Odoo's messages name are set aside at once, and a
 * refusal that names none is split in halves, until each refused row stands alone with
 * Odoo's reason. Every other row lands. A failure that is not about the rows (Odoo down,
 * credentials, access) fails the whole call.
 */
@Component
class RefusalSplitter {

	/** The errors that can come from one row's values. */
	private static final Set<OdooErrorKind> ROW_ERRORS = EnumSet.of(OdooErrorKind.VALIDATION, OdooErrorKind.USER_ERROR,
			OdooErrorKind.BAD_REQUEST, OdooErrorKind.MISSING_RECORD, OdooErrorKind.SERVER_ERROR);

	private final OdooClient odoo;

	RefusalSplitter(OdooClient odoo) {
		this.odoo = odoo;
	}

	/**
	 * Loads the rows.
	 * @return an outcome per row, and whether Odoo refused a call on the way
	 */
	Mono<Loaded> load(String model, List<String> fields, List<OdooRow> rows) {
		AtomicBoolean split = new AtomicBoolean();
		return load(model, fields, rows, split).collectList().map((outcomes) -> new Loaded(outcomes, split.get()));
	}

	private Flux<RowOutcome> load(String model, List<String> fields, List<OdooRow> rows, AtomicBoolean split) {
		if (rows.isEmpty()) {
			return Flux.empty();
		}
		List<List<String>> cells = rows.stream().map(OdooRow::cells).toList();
		return this.odoo.load(model, fields, cells)
			.flatMapMany((result) -> loaded(model, fields, rows, result, split))
			.onErrorResume(RefusalSplitter::isRowError, (ex) -> {
				split.set(true);
				if (rows.size() == 1) {
					return Flux.just(new Refused(rows.get(0).entity(),
							Objects.toString(ex.getMessage(), "Odoo refused the row")));
				}
				return halves(model, fields, rows, split);
			});
	}

	private Flux<RowOutcome> loaded(String model, List<String> fields, List<OdooRow> rows, LoadResult result,
			AtomicBoolean split) {
		if (result.accepted() && result.ids().size() == rows.size()) {
			List<RowOutcome> landed = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				OdooRow row = rows.get(i);
				landed.add(new Landed(row.entity(), result.ids().get(i), row.archived(), row.warnings(),
						agreed(fields, row)));
			}
			return Flux.fromIterable(landed);
		}
		split.set(true);
		Map<Integer, String> named = reasonsByRow(result.messages(), rows.size());
		if (rows.size() == 1) {
			return Flux.just(new Refused(rows.get(0).entity(), named.getOrDefault(0, reason(result.messages()))));
		}
		if (named.isEmpty()) {
			return halves(model, fields, rows, split);
		}
		List<RowOutcome> refused = new ArrayList<>();
		List<OdooRow> others = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (named.containsKey(i)) {
				refused.add(new Refused(rows.get(i).entity(), named.get(i)));
			}
			else {
				others.add(rows.get(i));
			}
		}
		return Flux.concat(Flux.fromIterable(refused), load(model, fields, others, split));
	}

	private Flux<RowOutcome> halves(String model, List<String> fields, List<OdooRow> rows, AtomicBoolean split) {
		int middle = rows.size() / 2;
		return Flux.concat(load(model, fields, rows.subList(0, middle), split),
				load(model, fields, rows.subList(middle, rows.size()), split));
	}

	/**
	 * The values Odoo and the platform agree on once a row landed: those of the columns
	 * written, the external id aside.
	 */
	private static Map<String, String> agreed(List<String> fields, OdooRow row) {
		Map<String, String> agreed = new LinkedHashMap<>();
		for (int i = 1; i < fields.size(); i++) {
			agreed.put(fields.get(i), row.values().get(i));
		}
		return agreed;
	}

	private static Map<Integer, String> reasonsByRow(List<LoadMessage> messages, int rowCount) {
		return messages.stream()
			.filter((message) -> message.isError() && message.row() != null && message.row() >= 0
					&& message.row() < rowCount)
			.collect(Collectors.groupingBy(LoadMessage::row, LinkedHashMap::new,
					Collectors.mapping(LoadMessage::message, Collectors.joining("; "))));
	}

	private static String reason(List<LoadMessage> messages) {
		String errors = messages.stream()
			.filter(LoadMessage::isError)
			.map(LoadMessage::message)
			.collect(Collectors.joining("; "));
		return errors.isEmpty() ? "Odoo refused the row without saying why" : errors;
	}

	private static boolean isRowError(Throwable ex) {
		return ex instanceof OdooException odoo && ROW_ERRORS.contains(odoo.kind());
	}

	/**
	 * What became of each row.
	 *
	 * @param outcomes one per row, landed or refused
	 * @param split whether Odoo refused a call, so that rows were set aside or split
	 */
	record Loaded(List<RowOutcome> outcomes, boolean split) {

	}

}
