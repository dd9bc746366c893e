package org.wanotify.application.port.out;

import java.time.Instant;
import org.wanotify.application.port.in.StatusUpdate;

/** A status waiting for its message. */
public record ParkedStatus(long id, StatusUpdate update, Instant parkedAt) {
}
