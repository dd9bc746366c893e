package org.wanotify.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The pending client callbacks: one row per status change of a message with a {@code callback_url}, written by
 * the {@link MessageStore} in the same transaction as the change, so none is lost in a crash.
 */
public interface CallbackOutbox {
    /**
     * Takes up to {@code limit} deliveries due at {@code now} — for each message only its oldest pending one, so a
     * message's changes go out in order — and hides them from other callers for {@code lease}.
     */
    List<CallbackDelivery> claimDue(Instant now, Duration lease, int limit);

    void delivered(long id, int attempts, Instant at);

    void retryAt(long id, int attempts, Instant next, String lastError);

    void giveUp(long id, int attempts, Instant at, String lastError);
}
