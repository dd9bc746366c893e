package org.wanotify.application.port.out;

import java.time.Instant;
import org.wanotify.domain.notification.MessageId;

/**
 * An {@code Idempotency-Key} as the caller ({@code scope}, the API key id) used it: the fingerprint
 * of the request body and the message it created.
 */
public record IdempotencyRecord(String scope, String key, String fingerprint, MessageId messageId, Instant createdAt) {
}
