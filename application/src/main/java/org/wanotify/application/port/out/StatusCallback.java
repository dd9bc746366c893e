package org.wanotify.application.port.out;

import java.time.Instant;
import java.util.Map;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.SendError;

/** The body of a client callback as API.md defines it. */
public record StatusCallback(String id, MessageStatus status, String to, String whatsappMessageId, SendError error,
                             Map<String, String> metadata, Instant at) {
}
