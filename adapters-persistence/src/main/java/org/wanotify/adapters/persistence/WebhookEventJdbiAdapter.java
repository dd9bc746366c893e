package org.wanotify.adapters.persistence;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.wanotify.application.port.out.StoredWebhookEvent;
import org.wanotify.application.port.out.WebhookEventStore;

/** Meta's webhook deliveries in the {@code webhook_events} table. */
public final class WebhookEventJdbiAdapter implements WebhookEventStore {
    private final Jdbi jdbi;
    private final Database database;

    public WebhookEventJdbiAdapter(Database database) {
        this.jdbi = database.jdbi();
        this.database = database;
    }

    public WebhookEventJdbiAdapter(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.database = null;
    }

    /** Writes through the database's shared group commit when there is one (Meta sends statuses in bursts). */
    private void write(String what, org.jdbi.v3.core.HandleCallback<Integer, RuntimeException> work) {
        if (database != null) {
            database.write(what, work);
        } else {
            Jdbis.withHandle(jdbi, what, work);
        }
    }

    @Override
    public void append(String payload, Instant receivedAt) {
        write("storing a webhook event", h -> h.createUpdate(
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
        write("marking a webhook event applied", h -> h.createUpdate(
                "UPDATE webhook_events SET applied_at = :at WHERE id = :id").bind("at", at.toEpochMilli()).bind("id", id).execute());
    }
}
