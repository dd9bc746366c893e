package org.wanotify.adapters.whatsapp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's template management: {@code POST} and paged {@code GET /{version}/{WABA-ID}/message_templates}.
 * A created template starts PENDING and, unless auto-approval is off, becomes APPROVED after a delay with a signed
 * {@code message_template_status_update} webhook ({@code entry[].id} = the WABA id). Tests change statuses with
 * {@link #setStatus}.
 */
public final class SandboxTemplates {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxTemplates.class);
    static final Pattern PATH = Pattern.compile("/(v[0-9]{1,3}\\.[0-9])/([0-9]{1,32})/message_templates/?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final int DEFAULT_LIMIT = 25;

    private final SandboxConfig config;
    private final ObjectMapper json;
    private final ScheduledExecutorService scheduler;
    private final HttpClient client;
    private final Map<String, ObjectNode> templates = new LinkedHashMap<>();
    private volatile Duration autoApproveAfter = Duration.ofSeconds(3);

    SandboxTemplates(SandboxConfig config, ObjectMapper json, ScheduledExecutorService scheduler, HttpClient client) {
        this.config = config;
        this.json = json;
        this.scheduler = scheduler;
        this.client = client;
    }

    /** How long a created template stays PENDING before the simulator approves it; null never approves by itself. */
    public void autoApproveAfter(Duration delay) {
        this.autoApproveAfter = delay;
    }

    /** Sets a template's status as Meta's review would, optionally posting the signed status webhook. */
    public boolean setStatus(String name, String language, String status, String reason, boolean notify) {
        ObjectNode t;
        synchronized (templates) {
            t = templates.values().stream().filter(x -> x.path("name").asText().equals(name)
                    && x.path("language").asText().equals(language)).findFirst().orElse(null);
            if (t == null) {
                return false;
            }
            t.put("status", status);
            if (reason != null) {
                t.put("rejected_reason", reason);
            } else {
                t.remove("rejected_reason");
            }
        }
        if (notify) {
            postWebhook(t.deepCopy(), status, reason);
        }
        return true;
    }

    /** The templates the simulator holds, in Meta's list shape. */
    public List<JsonNode> all() {
        synchronized (templates) {
            return templates.values().stream().map(t -> (JsonNode) t.deepCopy()).toList();
        }
    }

    Answer answer(String method, Matcher path, String query, JsonNode body) {
        if (!path.group(2).equals(config.wabaId())) {
            return SimulatorAnswers.unsupported(method.toLowerCase(java.util.Locale.ROOT), path.group(2));
        }
        return switch (method) {
            case "POST" -> create(body);
            case "GET" -> list(query == null ? "" : query);
            default -> SimulatorAnswers.unsupported(method.toLowerCase(java.util.Locale.ROOT), path.group(2));
        };
    }

    private Answer create(JsonNode body) {
        if (body == null || !body.isObject()) {
            return SimulatorAnswers.invalidParameter("The request body is not a JSON object.");
        }
        String name = body.path("name").asText("");
        String language = body.path("language").asText("");
        if (!name.matches("[a-z0-9_]{1,512}")) {
            return SimulatorAnswers.invalidParameter("Param name must be lowercase letters, digits and underscores.");
        }
        if (language.isBlank() || !body.path("category").asText("").matches("AUTHENTICATION|MARKETING|UTILITY")) {
            return SimulatorAnswers.invalidParameter("Params language and category (AUTHENTICATION, MARKETING, UTILITY) are required.");
        }
        Optional<String> problem = checkComponents(body);
        if (problem.isPresent()) {
            return SimulatorAnswers.error(400, "Invalid parameter", "OAuthException", 100, 2388043, problem.get());
        }
        ObjectNode stored;
        synchronized (templates) {
            boolean exists = templates.values().stream().anyMatch(t -> t.path("name").asText().equals(name)
                    && t.path("language").asText().equals(language));
            if (exists) {
                return SimulatorAnswers.error(400, "Invalid parameter", "OAuthException", 100, 2388024,
                        "Content in this language already exists for template " + name + ".");
            }
            String id = Long.toString(100_000_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999_999L));
            stored = ((ObjectNode) body.deepCopy()).put("id", id).put("status", "PENDING");
            if (!stored.has("parameter_format")) {
                stored.put("parameter_format", "positional");
            }
            templates.put(id, stored);
        }
        Duration delay = autoApproveAfter;
        if (delay != null && !scheduler.isShutdown()) {
            scheduler.schedule(() -> setStatus(name, language, "APPROVED", null, true), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        ObjectNode answer = json.createObjectNode().put("id", stored.path("id").asText()).put("status", "PENDING")
                .put("category", body.path("category").asText());
        return SimulatorAnswers.json(200, answer);
    }

    /** Meta's own checks that wanotify's local validation mirrors: a BODY, and an example for every placeholder. */
    private Optional<String> checkComponents(JsonNode body) {
        boolean hasBody = false;
        for (JsonNode c : body.path("components")) {
            if (!c.path("type").asText().equalsIgnoreCase("BODY")) {
                continue;
            }
            hasBody = true;
            Set<String> placeholders = new LinkedHashSet<>();
            Matcher m = PLACEHOLDER.matcher(c.path("text").asText(""));
            while (m.find()) {
                placeholders.add(m.group(1));
            }
            if (placeholders.isEmpty()) {
                continue;
            }
            JsonNode example = c.path("example");
            if ("named".equals(body.path("parameter_format").asText())) {
                Set<String> given = new LinkedHashSet<>();
                example.path("body_text_named_params").forEach(p -> given.add(p.path("param_name").asText()));
                if (!given.equals(placeholders)) {
                    return Optional.of("body_text_named_params must give one example for each of " + placeholders);
                }
            } else if (example.path("body_text").path(0).size() != placeholders.size()) {
                return Optional.of("body_text must give " + placeholders.size() + " example values");
            }
        }
        return hasBody || body.path("category").asText().equals("AUTHENTICATION") ? Optional.empty()
                : Optional.of("A BODY component is required.");
    }

    private Answer list(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        int limit = params.containsKey("limit") ? Math.max(1, Integer.parseInt(params.get("limit"))) : DEFAULT_LIMIT;
        int from = params.containsKey("after") ? Integer.parseInt(new String(java.util.Base64.getUrlDecoder()
                .decode(params.get("after")), StandardCharsets.US_ASCII)) : 0;
        List<ObjectNode> snapshot;
        synchronized (templates) {
            snapshot = new ArrayList<>();
            templates.values().forEach(t -> snapshot.add(t.deepCopy()));
        }
        ObjectNode answer = json.createObjectNode();
        ArrayNode data = answer.putArray("data");
        int to = Math.min(snapshot.size(), from + limit);
        for (int i = from; i < to; i++) {
            data.add(snapshot.get(i));
        }
        ObjectNode paging = answer.putObject("paging");
        paging.putObject("cursors").put("before", cursor(from)).put("after", cursor(to));
        if (to < snapshot.size()) {
            paging.put("next", "https://graph.facebook.com/" + "v23.0/" + config.wabaId() + "/message_templates?limit=" + limit
                    + "&after=" + cursor(to));
        }
        return SimulatorAnswers.json(200, answer);
    }

    private static String cursor(int index) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(index).getBytes(StandardCharsets.US_ASCII));
    }

    private void postWebhook(ObjectNode template, String event, String reason) {
        String url = config.webhookUrl() == null ? null : config.webhookUrl().get();
        if (url == null) {
            return;
        }
        ObjectNode root = json.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode entry = root.putArray("entry").addObject().put("id", config.wabaId()).put("time", Instant.now().getEpochSecond());
        ObjectNode value = entry.putArray("changes").addObject().put("field", "message_template_status_update").putObject("value");
        value.put("event", event).put("message_template_id", Long.parseLong(template.path("id").asText()))
                .put("message_template_name", template.path("name").asText())
                .put("message_template_language", template.path("language").asText())
                .put("reason", reason == null ? "NONE" : reason)
                .put("message_template_category", template.path("category").asText());
        byte[] body;
        try {
            body = json.writeValueAsBytes(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot serialise a template webhook", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (config.appSecret() != null) {
            request.header(WebhookSignature.HEADER, WebhookSignature.sign(body, config.appSecret()));
        }
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, failure) ->
                LOG.debug("Sandbox template webhook {} for {}: {}", event, template.path("name").asText(),
                        failure == null ? "HTTP " + r.statusCode() : failure.toString()));
    }
}
