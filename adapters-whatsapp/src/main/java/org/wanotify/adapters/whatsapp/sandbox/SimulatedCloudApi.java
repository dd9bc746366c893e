package org.wanotify.adapters.whatsapp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The simulator's protocol: what Meta answers to a request, and which status webhooks an accepted send earns. */
final class SimulatedCloudApi {
    static final String UNDELIVERABLE_ENDING = "0000026";
    static final String RATE_LIMITED_ENDING = "0130429";
    static final String SERVER_ERROR_ENDING = "0000500";
    static final String SLOW_ENDING = "0000408";
    static final String DISPLAY_PHONE_NUMBER = "+1 555 0100";
    static final String VERIFIED_NAME = "wanotify sandbox";
    static final Duration SLOW_ANSWER = Duration.ofSeconds(30);
    private static final Pattern PATH = Pattern.compile("/(v[0-9]{1,3}\\.[0-9])/([0-9]{1,32})(/messages)?/?");

    private final SandboxConfig config;
    private final ObjectMapper json;
    private final StatusWebhooks webhooks;

    SimulatedCloudApi(SandboxConfig config, ObjectMapper json, StatusWebhooks webhooks) {
        this.config = config;
        this.json = json;
        this.webhooks = webhooks;
    }

    Answer answer(String method, String path, boolean bearerMatched, byte[] raw, JsonNode body) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return SimulatorAnswers.error(400, "Unknown path components: " + path, "OAuthException", 2500, null, null);
        }
        if (!bearerMatched) {
            return SimulatorAnswers.error(401, "Error validating access token: The session is invalid because the user logged out.",
                    "OAuthException", 190, 467, null);
        }
        boolean messages = m.group(3) != null;
        String verb = method.toLowerCase(Locale.ROOT);
        if (!m.group(2).equals(config.phoneNumberId())
                || !(messages ? verb.equals("post") : verb.equals("get"))) {
            return SimulatorAnswers.unsupported(verb, m.group(2));
        }
        if (!messages) {
            ObjectNode phone = json.createObjectNode().put("id", config.phoneNumberId())
                    .put("display_phone_number", DISPLAY_PHONE_NUMBER).put("verified_name", VERIFIED_NAME)
                    .put("quality_rating", "GREEN").put("platform_type", "CLOUD_API");
            return SimulatorAnswers.json(200, phone);
        }
        return send(raw, body);
    }

    private Answer send(byte[] raw, JsonNode body) {
        if (body == null || !body.isObject()) {
            return SimulatorAnswers.invalidParameter(raw.length == 0 ? "The request body is empty." : "The request body is not a JSON object.");
        }
        for (String field : List.of("messaging_product", "to", "type")) {
            if (!body.path(field).isTextual() || body.path(field).asText().isBlank()) {
                return SimulatorAnswers.invalidParameter("The parameter " + field + " is required.");
            }
        }
        if (!body.path("messaging_product").asText().equals("whatsapp")) {
            return SimulatorAnswers.invalidParameter("Param messaging_product must be one of {WHATSAPP} - got \""
                    + body.path("messaging_product").asText() + "\".");
        }
        String type = body.path("type").asText();
        if (!body.path(type).isObject()) {
            return SimulatorAnswers.error(400, "(#131008) Required parameter is missing", "OAuthException", 131008, null,
                    "Parameter '" + type + "' is required for messages of type " + type + ".");
        }
        String to = body.path("to").asText();
        String digits = to.replaceAll("[^0-9]", "");
        if (digits.endsWith(UNDELIVERABLE_ENDING)) {
            return SimulatorAnswers.error(400, "(#131026) Message undeliverable", "OAuthException", 131026, null, "Message Undeliverable.");
        }
        if (digits.endsWith(RATE_LIMITED_ENDING)) {
            return SimulatorAnswers.error(400, "(#130429) Rate limit hit", "OAuthException", 130429, 2494055,
                    "Cloud API message throughput has been reached.");
        }
        if (digits.endsWith(SERVER_ERROR_ENDING)) {
            return SimulatorAnswers.plain(500, "Internal Server Error");
        }
        String wamid = newWamid(digits);
        String callbackData = body.path("biz_opaque_callback_data").isTextual() ? body.path("biz_opaque_callback_data").asText() : null;
        webhooks.report(new StatusWebhooks.Accepted(wamid, digits, callbackData, type.equals("template")));
        ObjectNode accepted = json.createObjectNode().put("messaging_product", "whatsapp");
        accepted.putArray("contacts").addObject().put("input", to).put("wa_id", digits);
        accepted.putArray("messages").addObject().put("id", wamid);
        Answer answer = SimulatorAnswers.json(200, accepted);
        return digits.endsWith(SLOW_ENDING) ? answer.delayed(SLOW_ANSWER) : answer;
    }

    private static String newWamid(String digits) {
        byte[] random = new byte[18];
        ThreadLocalRandom.current().nextBytes(random);
        // Real wamids are base64 of a protobuf holding the recipient; the shape, not the content, is what matters.
        return "wamid.HBgM" + Base64.getEncoder().withoutPadding().encodeToString(
                (digits + ":").getBytes(StandardCharsets.US_ASCII)) + Base64.getEncoder().withoutPadding().encodeToString(random);
    }

}
