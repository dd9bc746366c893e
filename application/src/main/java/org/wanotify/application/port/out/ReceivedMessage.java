package org.wanotify.application.port.out;

import java.time.Instant;

/**
 * One entry of a webhook's {@code messages[]}: a customer wrote to {@code phoneNumberId}.
 *
 * @param from the sender's {@code wa_id} (digits, no plus)
 * @param text the text body, or a caption/button title when the kind has one; may be null
 */
public record ReceivedMessage(String phoneNumberId, String from, String wamid, String type, String text, Instant timestamp) {
    @Override
    public String toString() {
        return "ReceivedMessage[" + type + " " + wamid + "]";
    }
}
