package org.wanotify.adapters.whatsapp.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** Builds the simulator's answers, errors in Meta's exact shape. */
final class SimulatorAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimulatorAnswers() {
    }

    static Answer json(int status, ObjectNode body) {
        try {
            return new Answer(status, "application/json; charset=UTF-8", JSON.writeValueAsBytes(body), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an answer", e);
        }
    }

    static Answer plain(int status, String text) {
        return new Answer(status, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), null);
    }

    static Answer error(int status, String message, String type, int code, Integer subcode, String details) {
        ObjectNode error = JSON.createObjectNode();
        ObjectNode e = error.putObject("error").put("message", message).put("type", type).put("code", code);
        if (details != null) {
            e.putObject("error_data").put("messaging_product", "whatsapp").put("details", details);
        }
        if (subcode != null) {
            e.put("error_subcode", subcode);
        }
        e.put("fbtrace_id", fbtraceId());
        return json(status, error);
    }

    static Answer invalidParameter(String details) {
        return error(400, "(#100) Invalid parameter", "OAuthException", 100, null, details);
    }

    static Answer unsupported(String verb, String id) {
        return error(400, "Unsupported " + verb + " request. Object with ID '" + id + "' does not exist, cannot be loaded due"
                + " to missing permissions, or does not support this operation. Please read the Graph API documentation at"
                + " https://developers.facebook.com/docs/graph-api", "GraphMethodException", 100, 33, null);
    }

    private static String fbtraceId() {
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        return "A" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
