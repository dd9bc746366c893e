package org.wanotify.domain.notification;

import java.time.Instant;

/** One step of a message's history, at the time the step happened (Meta's own time for webhooks). */
public record StatusEvent(MessageStatus status, Instant at) {
    public StatusEvent {
        java.util.Objects.requireNonNull(status, "status");
        java.util.Objects.requireNonNull(at, "at");
    }
}
