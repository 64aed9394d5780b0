package com.geniusharmony.notification.notification;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a bulk request changed.
 *
 * @param updated the notifications it changed (those already in the asked state are not
 * counted)
 */
record BulkResponse(@Schema(example = "12") long updated) {

}
