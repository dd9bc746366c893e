package org.wanotify.adapters.http;

import java.time.Instant;
import org.wanotify.domain.notification.StatusEvent;

/** One step of a message's history: {@code {"status": "sent", "at": "..."}}. */
record EventView(String status, Instant at) {

    static EventView of(StatusEvent e) {
        return new EventView(e.status().wireName(), e.at());
    }
}
