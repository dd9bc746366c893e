package org.wanotify.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.wanotify.domain.notification.Notification;

/** The short answer to an accepted send ({@code 202}); {@code sent_as} appears only when a fallback template was chosen. */
record MessageSummaryView(String id, String status, String to, String type, String account, Instant createdAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String sentAs) {

    static MessageSummaryView of(Notification n) {
        return new MessageSummaryView(n.id().value(), n.status().wireName(), n.to().e164(), n.type(), n.account(),
                n.createdAt(), n.sentAs());
    }
}
