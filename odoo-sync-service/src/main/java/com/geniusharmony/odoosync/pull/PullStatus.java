package com.geniusharmony.odoosync.pull;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Where the poll of one Odoo model stands.
 *
 * @param model the Odoo model
 * @param cursorWriteDate the {@code write_date} (UTC) of the last record read
 * @param cursorId the id of the last record read at that {@code write_date}
 * @param lastCompletedAt when its last poll completed
 * @param polledBy the instance polling it now
 */
public record PullStatus(String model, @Nullable LocalDateTime cursorWriteDate, long cursorId,
		@Nullable Instant lastCompletedAt, @Nullable String polledBy) {

}
