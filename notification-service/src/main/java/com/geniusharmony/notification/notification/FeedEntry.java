package com.geniusharmony.notification.notification;

/**
 * A notification as the live stream reads it: what the API shows, and the transaction
 * that wrote it.
 *
 * @param id the notification's id
 * @param txid the id of the transaction that wrote it
 * @param notification the notification as the API shows it
 */
public record FeedEntry(long id, long txid, NotificationResponse notification) {

}
