package org.wanotify.adapters.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.wanotify.application.port.out.SendOutcome;

/** Reads Meta's answer to a send: the accepted message, Meta's error JSON, or neither. */
final class GraphResponseParser {
    private static final Pattern CODE_PREFIX = Pattern.compile("^\\(#\\d+\\)\\s*");

    private final ObjectMapper json;

    GraphResponseParser(ObjectMapper json) {
        this.json = json;
    }

    SendOutcome parse(int status, byte[] body) {
        JsonNode root = readTree(body);
        boolean success = status >= 200 && status < 300;
        if (success) {
            String wamid = text(root.path("messages").path(0).path("id"));
            if (wamid == null) {
                // Meta took the request but we cannot tell what it made of it, so a resend could duplicate it.
                return new SendOutcome.Unreachable("HTTP " + status + " without messages[0].id", true);
            }
            return new SendOutcome.Accepted(wamid, text(root.path("contacts").path(0).path("wa_id")));
        }
        JsonNode error = root.path("error");
        if (error.isObject() && error.path("code").canConvertToInt()) {
            JsonNode subcode = error.path("error_subcode");
            return new SendOutcome.Rejected(status, error.path("code").asInt(),
                    subcode.canConvertToInt() ? subcode.asInt() : null,
                    title(error), text(error.path("error_data").path("details")), text(error.path("fbtrace_id")));
        }
        // A 5xx from a proxy or an overloaded front end may come after Meta acted on the request.
        return new SendOutcome.Unreachable("HTTP " + status + " without Meta's error JSON", status >= 500);
    }

    private JsonNode readTree(byte[] body) {
        if (body == null || body.length == 0) {
            return json.missingNode();
        }
        try {
            JsonNode node = json.readTree(body);
            return node == null ? json.missingNode() : node;
        } catch (IOException e) {
            return json.missingNode();
        }
    }

    private static String title(JsonNode error) {
        String message = text(error.path("message"));
        if (message == null) {
            return text(error.path("type"));
        }
        return CODE_PREFIX.matcher(message).replaceFirst("");
    }

    private static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
