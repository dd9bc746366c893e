package org.wanotify.adapters.http;

import java.time.Instant;
import org.wanotify.application.port.in.Conversation;

/** The answer of {@code GET /v1/conversations/{phone}}; the times are null when the customer never wrote. */
record ConversationView(String phone, String account, boolean windowOpen, Instant windowExpiresAt, Instant lastInboundAt) {
    static ConversationView of(Conversation c) {
        return new ConversationView(c.phone(), c.account(), c.windowOpen(), c.windowExpiresAt(), c.lastInboundAt());
    }
}
