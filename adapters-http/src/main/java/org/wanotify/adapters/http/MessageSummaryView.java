package org.wanotify.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.wanotify.domain.notification.Notification;

/** The short answer to an accepted send ({@code 202}); {@code sent_as}, {@code warning} and
 * {@code resent_from} appear only when set. */
record MessageSummaryView(String id, String status, String to, String type, String account, Instant createdAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String sentAs,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String warning,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String resentFrom) {

    static MessageSummaryView of(Notification n) {
        return of(n, null);
    }

    /** With {@code warning} when the message was accepted but cannot go out yet (its account is paused). */
    static MessageSummaryView of(Notification n, String warning) {
        return new MessageSummaryView(n.id().value(), n.status().wireName(), n.to().e164(), n.type(), n.account(),
                n.createdAt(), n.sentAs(), warning, n.resentFrom() == null ? null : n.resentFrom().value());
    }
}
