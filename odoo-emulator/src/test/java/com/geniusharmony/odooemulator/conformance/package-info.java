/**
 * The conformance suite: replays the request/response transcripts recorded from a live
 * Odoo 18 against an emulator and compares the answers, strictly on structure and
 * tolerantly only of ids, timestamps, versions and ids inside messages.
 */
@NullMarked
package com.geniusharmony.odooemulator.conformance;

import org.jspecify.annotations.NullMarked;
