package org.wanotify.application.port.in;

import java.time.Duration;
import java.util.Map;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.TemplateContent;

/**
 * A request to send one message.
 *
 * @param account          the account to send as; null for {@code default}
 * @param to               the number as the caller wrote it
 * @param fallbackTemplate sent instead of a free-form {@code content} when no 24-hour window is known; may be null
 * @param idempotencyKey   the caller's Idempotency-Key; may be null
 * @param fingerprint      a hash of the request body, to tell a replay from a different request with the same key
 * @param waitFor           how long to hold the answer for the first outcome; zero for none
 * @param sensitive         the whole content is replaced by {@code ***} in storage once sent or failed
 */
public record SendMessageCommand(Caller caller, String account, String to, MessageContent content,
                                 TemplateContent fallbackTemplate, Map<String, String> metadata, String callbackUrl,
                                 String idempotencyKey, String fingerprint, Duration waitFor, boolean sensitive) {
    /** A command for a message that is not marked sensitive. */
    public SendMessageCommand(Caller caller, String account, String to, MessageContent content,
                              TemplateContent fallbackTemplate, Map<String, String> metadata, String callbackUrl,
                              String idempotencyKey, String fingerprint, Duration waitFor) {
        this(caller, account, to, content, fallbackTemplate, metadata, callbackUrl, idempotencyKey, fingerprint, waitFor, false);
    }

    public SendMessageCommand {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        waitFor = waitFor == null ? Duration.ZERO : waitFor;
    }
}
