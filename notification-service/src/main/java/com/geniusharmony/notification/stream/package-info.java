/**
 * The live stream: Server-Sent Events of the caller's new notifications and unread count.
 * Every replica listens on PostgreSQL's {@code harmony_notification} channel, so a stream
 * learns of notifications written by any replica; each stream reads its user's feed in
 * commit order, and resumes from the {@code Last-Event-ID} a client sends back.
 */
@NullMarked
package com.geniusharmony.notification.stream;

import org.jspecify.annotations.NullMarked;
