package com.geniusharmony.odooemulator.orm;

import java.util.List;
import java.util.Map;

/**
 * A copy of one stored record: its id, external ids and stored values (text as
 * {@code String}, booleans, {@code Long} integers, {@code Double} floats,
 * {@code LocalDate}/{@code LocalDateTime}, many2one as the {@code Integer} id, many2many
 * as a {@code List<Integer>}); an absent key is Odoo's {@code False}.
 *
 * @param id the id
 * @param externalIds the external ids ({@code module.name})
 * @param values the stored values
 */
public record RecordSnapshot(int id, List<String> externalIds, Map<String, Object> values) {
}
