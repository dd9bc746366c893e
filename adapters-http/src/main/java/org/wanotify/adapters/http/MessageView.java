package org.wanotify.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wanotify.domain.notification.Notification;

/**
 * The full message as {@code GET /v1/messages/{id}} shows it. {@code error}, {@code next_attempt_at} and
 * {@code whatsapp_message_id} are written as {@code null} when unset; {@code callback_url}, {@code sent_as} and
 * {@code resent_from} are left out when unset.
 */
record MessageView(String id, String status, String to, String type, String account, String whatsappMessageId,
                   int attempts, Instant nextAttemptAt, ErrorView error, List<EventView> events,
                   Map<String, String> metadata,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String callbackUrl,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String sentAs,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String resentFrom,
                   Instant createdAt, Instant updatedAt) {

    static MessageView of(Notification n) {
        return new MessageView(n.id().value(), n.status().wireName(), n.to().e164(), n.type(), n.account(),
                n.whatsappMessageId(), n.attempts(), n.nextAttemptAt(), ErrorView.of(n.error()),
                n.events().stream().map(EventView::of).toList(), n.metadata(), n.callbackUrl(), n.sentAs(),
                n.resentFrom() == null ? null : n.resentFrom().value(), n.createdAt(), n.updatedAt());
    }
}
