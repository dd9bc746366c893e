package org.wanotify.application.port.out;

import java.time.Instant;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.MessageId;

/** Housekeeping on stored messages: redacting sensitive content and purging old history. */
public interface MessageMaintenance {
    /** Replaces the stored content of message {@code id} by {@code redacted}. */
    void replaceContent(MessageId id, MessageContent redacted);

    /** Remembers that message {@code id} is sensitive as a whole (the caller said so). */
    void markSensitive(MessageId id);

    boolean isMarkedSensitive(MessageId id);

    /** Deletes messages (with their events and keys) and received webhooks last changed before {@code cutoff}; returns how many messages. */
    int purgeOlderThan(Instant cutoff);
}
