package org.wanotify.application.port.out;

import java.time.Instant;

/** One stored webhook delivery. */
public record StoredWebhookEvent(long id, String payload, Instant receivedAt) {
}
