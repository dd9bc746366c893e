package org.wanotify.application.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.out.MessageMaintenance;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.Notification;

/**
 * Replaces sensitive parts of a message by {@code ***} in storage once it is sent or failed: the
 * password a customer was sent must not stay readable in the message history.
 */
public final class MessageRedaction {
    private static final Logger LOG = LoggerFactory.getLogger(MessageRedaction.class);

    private static final java.util.Set<MessageStatus> WAITING = java.util.EnumSet.of(
            MessageStatus.QUEUED, MessageStatus.SCHEDULED, MessageStatus.SENDING);

    private final MessageMaintenance maintenance;

    public MessageRedaction(MessageMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    /** A redaction that does nothing, for set-ups without a maintenance store. */
    public static MessageRedaction none() {
        return new MessageRedaction(null);
    }

    /** Redacts {@code message} when it has left the queue for good (sent or failed) and holds anything sensitive. */
    public void afterOutcome(Notification message) {
        if (maintenance == null || WAITING.contains(message.status())) {
            return;
        }
        try {
            var redacted = SensitiveContent.redact(message.content(), maintenance.isMarkedSensitive(message.id()));
            if (redacted != null) {
                maintenance.replaceContent(message.id(), redacted);
            }
        } catch (RuntimeException e) {
            LOG.error("could not redact {}: {}", message.id(), e.getMessage());
        }
    }
}
