package org.wanotify.domain.conversation;

import java.time.Instant;
import java.util.Objects;
import org.wanotify.domain.recipient.Recipient;

/**
 * A message a customer sent to one of our numbers.
 *
 * @param text the body of a text message (or the caption/title of other kinds when there is one); may be null
 * @param sentAt Meta's timestamp of the message
 */
public record InboundMessage(String account, Recipient from, String wamid, String type, String text, Instant sentAt,
                             Instant receivedAt) {
    public InboundMessage {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(wamid, "wamid");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public String toString() {
        // the text may be personal: it stays out of logs
        return "InboundMessage[" + type + " from " + from.masked() + " to " + account + " " + wamid + "]";
    }
}
