package com.geniusharmony.odoosync.budget;

import java.time.Duration;

/**
 * One answer of a bucket: how long to wait, and whether a request may be sent after the
 * wait or must ask again.
 *
 * @param delay how long to wait
 * @param reserved true if a request may be sent once the wait is over
 * @param paused true if the wait is a global pause after a refusal with HTTP 429
 */
record Slot(Duration delay, boolean reserved, boolean paused) {

}
