package org.wanotify.adapters.http;

import java.time.Instant;
import java.util.Map;
import org.wanotify.application.port.out.StatusCallback;

/** The JSON body of a client callback: {@code {id, status, to, whatsapp_message_id, error, metadata, at}}. */
record StatusCallbackView(String id, String status, String to, String whatsappMessageId, ErrorView error,
                          Map<String, String> metadata, Instant at) {
    static StatusCallbackView of(StatusCallback c) {
        return new StatusCallbackView(c.id(), c.status().wireName(), c.to(), c.whatsappMessageId(),
                c.error() == null ? null : ErrorView.of(c.error()), c.metadata(), c.at());
    }
}
