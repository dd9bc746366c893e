package org.wanotify.adapters.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.wanotify.application.port.out.CallbackDelivery;
import org.wanotify.application.port.out.CallbackOutbox;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;

/** The client-callback outbox in {@code callback_deliveries} (rows are written by {@link MessageJdbiAdapter}). */
public final class CallbackOutboxJdbiAdapter implements CallbackOutbox {
    // Only the oldest pending row of each message is eligible, so one message's callbacks never overtake each other.
    private static final String DUE = "SELECT c.id, c.message_id, c.url, c.status, c.at, c.attempts, c.created_at"
            + " FROM callback_deliveries c WHERE c.done_at IS NULL AND c.next_attempt_at <= :now"
            + " AND c.id = (SELECT MIN(p.id) FROM callback_deliveries p WHERE p.message_id = c.message_id AND p.done_at IS NULL)"
            + " ORDER BY c.next_attempt_at, c.id LIMIT :limit";

    private final Jdbi jdbi;
    private final boolean sqlite;

    public CallbackOutboxJdbiAdapter(Database database) {
        this(database.jdbi(), database.isSqlite());
    }

    public CallbackOutboxJdbiAdapter(Jdbi jdbi, boolean sqlite) {
        this.jdbi = jdbi;
        this.sqlite = sqlite;
    }

    @Override
    public List<CallbackDelivery> claimDue(Instant now, Duration lease, int limit) {
        return Jdbis.inTransaction(jdbi, "claiming due callbacks", h -> {
            List<CallbackDelivery> due = h.createQuery(DUE + (sqlite ? "" : " FOR UPDATE OF c SKIP LOCKED"))
                    .bind("now", now.toEpochMilli()).bind("limit", limit)
                    .map((rs, ctx) -> new CallbackDelivery(rs.getLong("id"), new MessageId(rs.getString("message_id")),
                            rs.getString("url"), MessageStatus.fromWire(rs.getString("status")), Instant.ofEpochMilli(rs.getLong("at")),
                            rs.getInt("attempts"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                    .list();
            if (!due.isEmpty()) {
                h.createUpdate("UPDATE callback_deliveries SET next_attempt_at = :until WHERE id IN (<ids>)")
                        .bind("until", now.plus(lease).toEpochMilli())
                        .bindList("ids", due.stream().map(CallbackDelivery::id).toList()).execute();
            }
            return due;
        });
    }

    @Override
    public void delivered(long id, int attempts, Instant at) {
        finish(id, attempts, at, "delivered", null);
    }

    @Override
    public void retryAt(long id, int attempts, Instant next, String lastError) {
        Jdbis.withHandle(jdbi, "rescheduling a callback", h -> h.createUpdate("UPDATE callback_deliveries SET attempts = :attempts,"
                        + " next_attempt_at = :next, last_error = :error WHERE id = :id")
                .bind("attempts", attempts).bind("next", next.toEpochMilli()).bind("error", lastError).bind("id", id).execute());
    }

    @Override
    public void giveUp(long id, int attempts, Instant at, String lastError) {
        finish(id, attempts, at, "gave_up", lastError);
    }

    private void finish(long id, int attempts, Instant at, String outcome, String lastError) {
        Jdbis.withHandle(jdbi, "finishing a callback", h -> h.createUpdate("UPDATE callback_deliveries SET done_at = :at,"
                        + " outcome = :outcome, last_error = :error, attempts = :attempts WHERE id = :id")
                .bind("at", at.toEpochMilli()).bind("outcome", outcome).bind("error", lastError).bind("attempts", attempts)
                .bind("id", id).execute());
    }
}
