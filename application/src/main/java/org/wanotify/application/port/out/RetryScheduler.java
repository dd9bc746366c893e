package org.wanotify.application.port.out;

import java.time.Instant;
import org.wanotify.domain.notification.MessageId;

/**
 * Arms a trigger that wakes the dispatcher when a scheduled retry becomes due. The message row
 * ({@code scheduled} + {@code next_attempt_at}) stays the source of truth; a lost trigger only delays the retry
 * until the next sweep.
 */
public interface RetryScheduler {
    /**
     * Called after the {@code scheduled} state is committed, never inside a transaction.
     *
     * @param attempt the number of the attempt that will run at {@code at}
     */
    void retryAt(MessageId id, String account, int attempt, Instant at);

    /** A scheduler that arms nothing: the dispatcher's sweep alone finds due retries. */
    static RetryScheduler none() {
        return (id, account, attempt, at) -> { };
    }
}
