package org.wanotify.application.port.out;

import java.time.Instant;
import java.util.List;
import org.wanotify.application.port.in.StatusUpdate;

/** Statuses that matched no message yet (Meta was faster than our record of the send), kept to be applied later. */
public interface ParkedStatusStore {
    void park(StatusUpdate update, Instant now);

    /** Up to {@code limit} parked statuses, oldest first. */
    List<ParkedStatus> oldest(int limit);

    void remove(long id);

    /** Drops statuses parked before {@code cutoff} (for messages that are not ours); returns how many. */
    int removeParkedBefore(Instant cutoff);
}
