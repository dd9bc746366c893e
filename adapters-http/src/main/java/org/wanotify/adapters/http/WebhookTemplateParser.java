package org.wanotify.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wanotify.application.port.in.TemplateStatusUpdate;

/** Reads {@code message_template_status_update} changes; they name the WABA in {@code entry[].id}, no phone number. */
final class WebhookTemplateParser {
    static final String FIELD = "message_template_status_update";

    private WebhookTemplateParser() {
    }

    /** The WABA ids of the entries that hold template status updates. */
    static List<String> wabaIds(JsonNode root) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                if (FIELD.equals(change.path("field").asText()) && entry.path("id").isValueNode()) {
                    ids.add(entry.path("id").asText());
                }
            }
        }
        return List.copyOf(ids);
    }

    static List<TemplateStatusUpdate> updates(JsonNode root) {
        List<TemplateStatusUpdate> updates = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                if (!FIELD.equals(change.path("field").asText())) {
                    continue;
                }
                JsonNode v = change.path("value");
                String reason = text(v.path("rejection_info"), "reason");
                if (reason == null) {
                    reason = text(v, "reason");
                }
                String event = text(v, "event");
                if (event != null) {
                    updates.add(new TemplateStatusUpdate(text(entry, "id"), text(v, "message_template_id"),
                            text(v, "message_template_name"), text(v, "message_template_language"), event, reason));
                }
            }
        }
        return updates;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
    }
}
