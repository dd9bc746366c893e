package org.wanotify.application.port.out;

import java.time.Instant;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;

/** One status change to POST to a caller's callback URL. */
public record CallbackDelivery(long id, MessageId messageId, String url, MessageStatus status, Instant at, int attempts,
                               Instant createdAt) {
}
