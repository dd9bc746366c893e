package org.wanotify.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.StatusUpdate;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.SendError;
import org.wanotify.domain.notification.SendFailure;

/**
 * Reads what wanotify needs from a Meta webhook payload, tolerating everything else: Meta adds fields and
 * kinds over time, and a payload we do not understand must never turn into an error Meta keeps retrying.
 */
final class WebhookStatusParser {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookStatusParser.class);

    private WebhookStatusParser() {
    }

    /** {@code entry[].changes[].value.metadata.phone_number_id}, each once, in order. */
    static List<String> phoneNumberIds(JsonNode root) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode change : changes(root)) {
            String id = text(change.path("value").path("metadata"), "phone_number_id");
            if (id != null) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    /** Every {@code statuses[]} entry of every {@code messages} change that we can read. */
    static List<StatusUpdate> statuses(JsonNode root) {
        List<StatusUpdate> updates = new ArrayList<>();
        for (JsonNode change : changes(root)) {
            if (!"messages".equals(text(change, "field"))) {
                LOG.debug("ignoring webhook change of field {}", text(change, "field"));
                continue;
            }
            JsonNode value = change.path("value");
            String phoneNumberId = text(value.path("metadata"), "phone_number_id");
            for (JsonNode status : value.path("statuses")) {
                try {
                    StatusUpdate update = status(phoneNumberId, status);
                    if (update != null) {
                        updates.add(update);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("skipping a webhook status we cannot read: {}", e.toString());
                }
            }
        }
        return updates;
    }

    private static StatusUpdate status(String phoneNumberId, JsonNode s) {
        String wamid = text(s, "id");
        String wire = text(s, "status");
        String timestamp = text(s, "timestamp");
        if (wamid == null || wire == null || timestamp == null) {
            LOG.debug("skipping a webhook status without id, status or timestamp");
            return null;
        }
        MessageStatus status;
        try {
            status = MessageStatus.fromWire(wire);
        } catch (IllegalArgumentException e) {
            LOG.debug("skipping webhook status '{}' wanotify does not track", wire);
            return null;
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
        return new StatusUpdate(phoneNumberId, wamid, status, at, text(s, "recipient_id"),
                text(s, "biz_opaque_callback_data"), error(s.path("errors")));
    }

    private static SendError error(JsonNode errors) {
        if (!errors.isArray() || errors.isEmpty()) {
            return null;
        }
        JsonNode e = errors.get(0);
        String details = text(e.path("error_data"), "details");
        return SendFailure.describe(e.path("code").asInt(0), text(e, "title"), details != null ? details : text(e, "message"), null);
    }

    private static List<JsonNode> changes(JsonNode root) {
        List<JsonNode> changes = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                if (change.isObject()) {
                    changes.add(change);
                }
            }
        }
        return changes;
    }

    /** A scalar field as text (Meta sends some numbers as strings and vice versa), else null. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
    }
}
