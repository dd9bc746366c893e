package org.wanotify.application.port.in;

/** Puts messages that a crash or a lost trigger left behind back on their way, without sending any twice. */
public interface RecoverMessagesUseCase {
    /**
     * At start: every message still {@code sending} is in doubt (Meta may have it) and waits the grace period
     * for a status webhook before it is sent again. Returns how many were found.
     */
    int recoverAfterRestart();

    /**
     * Periodically: messages stuck in {@code sending} for longer than the grace period (their sender died, e.g.
     * another instance) are released, and dispatchers of every account are woken for due retries.
     */
    int sweep();
}
