package org.wanotify.application.port.out;

import java.time.Instant;
import java.util.List;

/** Meta's webhook deliveries as received, kept until applied: the source of truth for what Meta told us. */
public interface WebhookEventStore {
    /** Stores one verified delivery's raw body; once this returns, the event survives a crash. */
    void append(String payload, Instant receivedAt);

    /** Up to {@code limit} deliveries not applied yet, oldest first. */
    List<StoredWebhookEvent> unapplied(int limit);

    void markApplied(long id, Instant at);
}
