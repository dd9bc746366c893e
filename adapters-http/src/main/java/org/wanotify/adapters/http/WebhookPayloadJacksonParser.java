package org.wanotify.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.out.ReceivedMessage;
import org.wanotify.application.port.out.WebhookEvents;
import org.wanotify.application.port.out.WebhookPayloadParser;

/** Reads stored webhook bodies with Jackson: statuses through {@link WebhookStatusParser}, plus inbound {@code messages[]}. */
public final class WebhookPayloadJacksonParser implements WebhookPayloadParser {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookPayloadJacksonParser.class);

    private final ObjectMapper lenient = JsonMappers.lenient();

    @Override
    public WebhookEvents parse(String payload) {
        JsonNode root;
        try {
            root = lenient.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("webhook payload is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return new WebhookEvents(List.of(), List.of());
        }
        return new WebhookEvents(WebhookStatusParser.statuses(root), messages(root));
    }

    static List<ReceivedMessage> messages(JsonNode root) {
        List<ReceivedMessage> out = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                if (!"messages".equals(change.path("field").asText())) {
                    continue;
                }
                JsonNode value = change.path("value");
                String phoneNumberId = text(value.path("metadata"), "phone_number_id");
                for (JsonNode m : value.path("messages")) {
                    String from = text(m, "from");
                    String id = text(m, "id");
                    String type = text(m, "type");
                    String timestamp = text(m, "timestamp");
                    if (from == null || id == null || type == null || timestamp == null || !timestamp.matches("[0-9]{1,12}")) {
                        LOG.debug("skipping an inbound message without from, id, type or a numeric timestamp");
                        continue;
                    }
                    out.add(new ReceivedMessage(phoneNumberId, from, id, type, body(m, type), Instant.ofEpochSecond(Long.parseLong(timestamp))));
                }
            }
        }
        return out;
    }

    /** The text a person would read: a text body, a caption, or the title of a tapped button or list row. */
    private static String body(JsonNode m, String type) {
        String text = switch (type) {
            case "text" -> text(m.path("text"), "body");
            case "button" -> text(m.path("button"), "text");
            case "interactive" -> {
                String reply = text(m.path("interactive").path("button_reply"), "title");
                yield reply != null ? reply : text(m.path("interactive").path("list_reply"), "title");
            }
            default -> text(m.path(type), "caption");
        };
        return text != null && text.length() > 4096 ? text.substring(0, 4096) : text;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
    }
}
