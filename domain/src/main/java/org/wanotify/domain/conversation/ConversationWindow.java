package org.wanotify.domain.conversation;

import java.time.Duration;
import java.time.Instant;

/**
 * The 24-hour customer-service window of one (account, customer): open for 24 hours after the customer's
 * last message, during which free-form messages may be sent; outside it only approved templates reach them.
 *
 * @param lastInboundAt when the customer last wrote (Meta's timestamp); null when they never did
 */
public record ConversationWindow(Instant lastInboundAt) {
    /** Meta's customer-service window. */
    public static final Duration LENGTH = Duration.ofHours(24);

    public static ConversationWindow none() {
        return new ConversationWindow(null);
    }

    /** When the window closes; null when it was never opened. */
    public Instant expiresAt() {
        return lastInboundAt == null ? null : lastInboundAt.plus(LENGTH);
    }

    public boolean isOpenAt(Instant now) {
        return lastInboundAt != null && now.isBefore(expiresAt());
    }

    /** This window extended by a message the customer sent at {@code at} (a late, older message changes nothing). */
    public ConversationWindow extendedBy(Instant at) {
        return lastInboundAt != null && !at.isAfter(lastInboundAt) ? this : new ConversationWindow(at);
    }
}
