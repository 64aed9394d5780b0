package com.geniusharmony.odoosync.ops;

import com.geniusharmony.odoosync.intake.DeadLetterReplay;

/**
 * What a replay did.
 *
 * @param entities the parked entities given fresh attempts
 * @param deadLetters what the replay of the dead-letter topics found
 */
record ReplayResponse(long entities, DeadLetterReplay deadLetters) {

}
