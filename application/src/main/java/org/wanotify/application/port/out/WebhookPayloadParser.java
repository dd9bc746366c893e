package org.wanotify.application.port.out;

/** Reads the statuses and inbound messages out of a Meta webhook body, ignoring whatever else it carries. */
public interface WebhookPayloadParser {
    WebhookEvents parse(String payload);
}
