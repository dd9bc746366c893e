package org.wanotify.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.Notification;

/** Durable home of every message, its status history and the idempotency keys that created it. */
public interface MessageStore {
    /**
     * Stores a new message (and, when given, the idempotency key that created it) in one transaction.
     *
     * @throws DuplicateIdempotencyKeyException when another request stored the same key first
     */
    void insert(Notification notification, IdempotencyRecord idempotencyKey);

    Optional<Notification> find(MessageId id);

    Optional<Notification> findByWhatsAppId(String wamid);

    Optional<IdempotencyRecord> findIdempotencyKey(String scope, String key);

    /**
     * Reads, changes and writes one message atomically (no other writer in between), appending the
     * status events the change added. Returns the changed message, or empty when there is none.
     */
    Optional<Notification> update(MessageId id, Consumer<Notification> change);

    /** Like {@link #update} but finds the message by Meta's wamid. */
    Optional<Notification> updateByWhatsAppId(String wamid, Consumer<Notification> change);

    /**
     * Atomically takes up to {@code limit} messages of {@code account} that are queued or scheduled
     * and due at {@code now}, oldest first, marks each {@code sending} (one more attempt) and returns
     * them. Two callers — threads or instances — never get the same message.
     */
    List<Notification> claimDue(String account, Instant now, int limit);

    /**
     * Messages still {@code sending} that were claimed before {@code claimedBefore} are in doubt (Meta may have
     * them): each becomes {@code scheduled} at its claim time plus {@code grace}, so that a status webhook matched
     * by {@code biz_opaque_callback_data} can settle it before it is sent again. Returns the changed messages.
     */
    List<Notification> holdInDoubt(Instant claimedBefore, Duration grace, Instant now);

    /** Newest first, filtered; see {@link MessageQuery}. */
    MessagePage list(MessageQuery query);

    /** True when the database answers. */
    boolean isHealthy();
}
