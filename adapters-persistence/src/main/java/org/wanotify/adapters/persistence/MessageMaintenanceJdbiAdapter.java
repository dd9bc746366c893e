package org.wanotify.adapters.persistence;

import java.time.Instant;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.wanotify.application.port.out.MessageMaintenance;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.MessageId;

/** Redaction and retention on the {@code messages} table. */
public final class MessageMaintenanceJdbiAdapter implements MessageMaintenance {
    private final Jdbi jdbi;
    private final JsonCodec json = new JsonCodec();

    public MessageMaintenanceJdbiAdapter(Database database) {
        this.jdbi = database.jdbi();
    }

    @Override
    public void replaceContent(MessageId id, MessageContent redacted) {
        run("redacting a message", h -> h.createUpdate("UPDATE messages SET content = :content WHERE id = :id")
                .bind("content", json.writeContent(redacted)).bind("id", id.value()).execute());
    }

    @Override
    public void markSensitive(MessageId id) {
        run("marking a message sensitive", h -> h.createUpdate("INSERT INTO sensitive_messages (message_id) VALUES (:id)"
                        + " ON CONFLICT (message_id) DO NOTHING")
                .bind("id", id.value()).execute());
    }

    @Override
    public boolean isMarkedSensitive(MessageId id) {
        return run("reading a sensitive mark", h -> h.createQuery("SELECT COUNT(*) FROM sensitive_messages WHERE message_id = :id")
                .bind("id", id.value()).mapTo(Long.class).one() > 0);
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        // Waiting or in-flight messages are kept whatever their age: purging them would lose a send.
        return run("purging old messages", h -> {
            int purged = h.createUpdate("DELETE FROM messages WHERE updated_at < :cutoff"
                            + " AND status NOT IN ('queued', 'scheduled', 'sending')")
                    .bind("cutoff", cutoff.toEpochMilli()).execute();
            h.createUpdate("DELETE FROM sensitive_messages WHERE message_id NOT IN (SELECT id FROM messages)").execute();
            return purged;
        });
    }

    private <T> T run(String what, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw new PersistenceException("database error while " + what, e);
        }
    }
}
