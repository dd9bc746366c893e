package org.wanotify.application.port.out;

import java.time.Instant;

/** Triggers delivery of due client callbacks; the outbox stays the source of truth, a trigger may be lost or run twice. */
public interface CallbackScheduler {
    /** Asks for a delivery run at (or soon after) {@code at}. */
    void wakeAt(Instant at);
}
