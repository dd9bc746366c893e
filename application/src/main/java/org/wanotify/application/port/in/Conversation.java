package org.wanotify.application.port.in;

import java.time.Instant;

/** Whether free-form messages can reach a customer now, and until when. */
public record Conversation(String account, String phone, boolean windowOpen, Instant windowExpiresAt, Instant lastInboundAt) {
}
