package org.wanotify.domain.notification;

import java.util.Locale;

/** Where a message is on its way; a status never moves backwards. */
public enum MessageStatus {
    QUEUED(0), SCHEDULED(0), SENDING(1), SENT(2), DELIVERED(3), READ(4), FAILED(5);

    private final int rank;

    MessageStatus(int rank) {
        this.rank = rank;
    }

    /** Order along the way: waiting statuses share rank 0, failed is the last word. */
    public int rank() {
        return rank;
    }

    /** True while the message has not reached Meta yet (nothing sent, nothing failed). */
    public boolean isPending() {
        return rank <= 1;
    }

    /** True when no further attempt will be made by wanotify (Meta may still report progress after sent). */
    public boolean isOutcome() {
        return rank >= 2;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MessageStatus fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
