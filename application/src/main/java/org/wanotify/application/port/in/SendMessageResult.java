package org.wanotify.application.port.in;

import org.wanotify.domain.notification.Notification;

/**
 * The stored message after a send request.
 *
 * @param replayed true when an earlier request with the same Idempotency-Key created it
 * @param waited   true when the caller asked to wait for the first outcome
 * @param warning  why an accepted message may not go out soon (its account is paused), or null
 */
public record SendMessageResult(Notification message, boolean replayed, boolean waited, String warning) {
    public SendMessageResult(Notification message, boolean replayed, boolean waited) {
        this(message, replayed, waited, null);
    }
}
