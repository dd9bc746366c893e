package org.wanotify.adapters.persistence;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.wanotify.application.port.in.StatusUpdate;
import org.wanotify.application.port.out.ParkedStatus;
import org.wanotify.application.port.out.ParkedStatusStore;
import org.wanotify.domain.notification.MessageStatus;

/** Parked statuses in {@code parked_statuses}. */
public final class ParkedStatusJdbiAdapter implements ParkedStatusStore {
    private final Jdbi jdbi;
    private final JsonCodec json = new JsonCodec();

    public ParkedStatusJdbiAdapter(Database database) {
        this(database.jdbi());
    }

    public ParkedStatusJdbiAdapter(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void park(StatusUpdate u, Instant now) {
        Jdbis.withHandle(jdbi, "parking a status", h -> h.createUpdate("INSERT INTO parked_statuses (phone_number_id, wamid,"
                        + " status, at, recipient_id, callback_data, error, parked_at) VALUES (:phoneNumberId, :wamid, :status, :at,"
                        + " :recipientId, :callbackData, :error, :parkedAt)")
                .bind("phoneNumberId", u.phoneNumberId()).bind("wamid", u.wamid()).bind("status", u.status().wireName())
                .bind("at", u.timestamp().toEpochMilli()).bind("recipientId", u.recipientId()).bind("callbackData", u.callbackData())
                .bind("error", u.error() == null ? null : json.writeError(u.error())).bind("parkedAt", now.toEpochMilli())
                .execute());
    }

    @Override
    public List<ParkedStatus> oldest(int limit) {
        return Jdbis.withHandle(jdbi, "reading parked statuses", h -> h.createQuery("SELECT id, phone_number_id, wamid, status,"
                        + " at, recipient_id, callback_data, error, parked_at FROM parked_statuses ORDER BY id LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    String error = rs.getString("error");
                    StatusUpdate u = new StatusUpdate(rs.getString("phone_number_id"), rs.getString("wamid"),
                            MessageStatus.fromWire(rs.getString("status")), Instant.ofEpochMilli(rs.getLong("at")),
                            rs.getString("recipient_id"), rs.getString("callback_data"), error == null ? null : json.readError(error));
                    return new ParkedStatus(rs.getLong("id"), u, Instant.ofEpochMilli(rs.getLong("parked_at")));
                })
                .list());
    }

    @Override
    public void remove(long id) {
        Jdbis.withHandle(jdbi, "removing a parked status",
                h -> h.createUpdate("DELETE FROM parked_statuses WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public int removeParkedBefore(Instant cutoff) {
        return Jdbis.withHandle(jdbi, "expiring parked statuses", h -> h.createUpdate(
                "DELETE FROM parked_statuses WHERE parked_at < :cutoff").bind("cutoff", cutoff.toEpochMilli()).execute());
    }
}
