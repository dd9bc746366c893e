package org.wanotify.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.statement.SqlStatement;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;
import org.wanotify.domain.notification.StatusEvent;
import org.wanotify.domain.recipient.Recipient;

/** One {@code messages} row: the only place a Notification is turned into columns and back. */
record NotificationRow(String id, String account, String toNumber, String type, String content, String sentAs,
                       String metadata, String callbackUrl, String status, String whatsappMessageId, int attempts,
                       Long nextAttemptAt, String error, long createdAt, long updatedAt, String resentFrom) {

    /** The columns in {@link #read} order, qualified with the alias {@code m}. */
    static final String COLUMNS = "m.id, m.account, m.to_number, m.type, m.content, m.sent_as, m.metadata, m.callback_url,"
            + " m.status, m.whatsapp_message_id, m.attempts, m.next_attempt_at, m.error, m.created_at, m.updated_at, m.resent_from";

    static final String INSERT = "INSERT INTO messages (id, account, to_number, type, content, sent_as, metadata,"
            + " callback_url, status, whatsapp_message_id, attempts, next_attempt_at, error, created_at, updated_at, resent_from)"
            + " VALUES (:id, :account, :toNumber, :type, :content, :sentAs, :metadata, :callbackUrl, :status,"
            + " :whatsappMessageId, :attempts, :nextAttemptAt, :error, :createdAt, :updatedAt, :resentFrom)";

    /** Writes back what a Notification can change; content, recipient and metadata never change. */
    static final String UPDATE = "UPDATE messages SET status = :status, whatsapp_message_id = :whatsappMessageId,"
            + " attempts = :attempts, next_attempt_at = :nextAttemptAt, error = :error, updated_at = :updatedAt"
            + " WHERE id = :id";

    static NotificationRow of(Notification n, JsonCodec json) {
        return new NotificationRow(n.id().value(), n.account(), n.to().e164(), n.type(), json.writeContent(n.content()),
                n.sentAs(), json.writeMetadata(n.metadata()), n.callbackUrl(), n.status().wireName(),
                n.whatsappMessageId(), n.attempts(), millis(n.nextAttemptAt()), json.writeError(n.error()),
                n.createdAt().toEpochMilli(), n.updatedAt().toEpochMilli(), n.resentFrom() == null ? null : n.resentFrom().value());
    }

    /** Binds every column as {@code :camelCaseName}, the names {@link #INSERT} and {@link #UPDATE} use. */
    <S extends SqlStatement<S>> S bindTo(S statement) {
        return statement.bind("id", id).bind("account", account).bind("toNumber", toNumber).bind("type", type)
                .bind("content", content).bind("sentAs", sentAs).bind("metadata", metadata).bind("callbackUrl", callbackUrl)
                .bind("status", status).bind("whatsappMessageId", whatsappMessageId).bind("attempts", attempts)
                .bind("nextAttemptAt", nextAttemptAt).bind("error", error).bind("createdAt", createdAt)
                .bind("updatedAt", updatedAt).bind("resentFrom", resentFrom);
    }

    static NotificationRow read(ResultSet rs) throws SQLException {
        long next = rs.getLong("next_attempt_at");
        Long nextAttemptAt = rs.wasNull() ? null : next;
        return new NotificationRow(rs.getString("id"), rs.getString("account"), rs.getString("to_number"),
                rs.getString("type"), rs.getString("content"), rs.getString("sent_as"), rs.getString("metadata"),
                rs.getString("callback_url"), rs.getString("status"), rs.getString("whatsapp_message_id"),
                rs.getInt("attempts"), nextAttemptAt, rs.getString("error"), rs.getLong("created_at"),
                rs.getLong("updated_at"), rs.getString("resent_from"));
    }

    Notification toNotification(List<StatusEvent> events, JsonCodec json) {
        return Notification.builder()
                .id(new MessageId(id))
                .account(account)
                .to(new Recipient(toNumber))
                .content(json.readContent(type, content))
                .sentAs(sentAs)
                .metadata(json.readMetadata(metadata))
                .callbackUrl(callbackUrl)
                .createdAt(Instant.ofEpochMilli(createdAt))
                .events(events)
                .status(MessageStatus.fromWire(status))
                .whatsappMessageId(whatsappMessageId)
                .attempts(attempts)
                .nextAttemptAt(nextAttemptAt == null ? null : Instant.ofEpochMilli(nextAttemptAt))
                .error(json.readError(error))
                .updatedAt(Instant.ofEpochMilli(updatedAt))
                .resentFrom(resentFrom == null ? null : new MessageId(resentFrom))
                .build();
    }

    /** Only the id: content and metadata may hold a customer's data and must not reach logs. */
    @Override
    public String toString() {
        return "NotificationRow[" + id + "]";
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
