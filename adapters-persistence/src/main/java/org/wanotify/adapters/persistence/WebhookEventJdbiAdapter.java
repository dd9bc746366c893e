package org.wanotify.adapters.persistence;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.wanotify.application.port.out.StoredWebhookEvent;
import org.wanotify.application.port.out.WebhookEventStore;

/** Meta's webhook deliveries in the {@code webhook_events} table. */
public final class WebhookEventJdbiAdapter implements WebhookEventStore {
    private final Jdbi jdbi;

    public WebhookEventJdbiAdapter(Database database) {
        this(database.jdbi());
    }

    public WebhookEventJdbiAdapter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(String payload, Instant receivedAt) {
        Jdbis.withHandle(jdbi, "storing a webhook event", h -> h.createUpdate(
                        "INSERT INTO webhook_events (payload, received_at) VALUES (:payload, :at)")
                .bind("payload", payload).bind("at", receivedAt.toEpochMilli()).execute());
    }

    @Override
    public List<StoredWebhookEvent> unapplied(int limit) {
        return Jdbis.withHandle(jdbi, "reading webhook events", h -> h.createQuery(
                        "SELECT id, payload, received_at FROM webhook_events WHERE applied_at IS NULL ORDER BY id LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new StoredWebhookEvent(rs.getLong("id"), rs.getString("payload"),
                        Instant.ofEpochMilli(rs.getLong("received_at"))))
                .list());
    }

    @Override
    public void markApplied(long id, Instant at) {
        Jdbis.withHandle(jdbi, "marking a webhook event applied", h -> h.createUpdate(
                "UPDATE webhook_events SET applied_at = :at WHERE id = :id").bind("at", at.toEpochMilli()).bind("id", id).execute());
    }
}
