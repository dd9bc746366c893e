package org.wanotify.adapters.whatsapp.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts the signed {@code sent}, {@code delivered} and {@code read} status webhooks of accepted messages, in that order. */
final class StatusWebhooks {
    private static final Logger LOG = LoggerFactory.getLogger(StatusWebhooks.class);
    private static final List<String> STATUSES = List.of("sent", "delivered", "read");
    private static final int ATTEMPTS = 3;
    static final String DISPLAY_PHONE_NUMBER = "15550100";

    /** What the simulator remembers of an accepted message to report on it. */
    record Accepted(String wamid, String recipientId, String bizOpaqueCallbackData, boolean template) {
    }

    private final SandboxConfig config;
    private final ScheduledExecutorService scheduler;
    private final HttpClient client;
    private final ObjectMapper json;

    StatusWebhooks(SandboxConfig config, ScheduledExecutorService scheduler, HttpClient client, ObjectMapper json) {
        this.config = config;
        this.scheduler = scheduler;
        this.client = client;
        this.json = json;
    }

    void report(Accepted message) {
        if (config.webhookUrl() != null) {
            next(message, 0);
        }
    }

    private void next(Accepted message, int index) {
        if (index < STATUSES.size() && !scheduler.isShutdown()) {
            scheduler.schedule(() -> post(message, index, 1), config.statusDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void post(Accepted message, int index, int attempt) {
        String url = config.webhookUrl().get();
        if (url == null) {
            return;
        }
        byte[] body = payload(message, STATUSES.get(index));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (config.appSecret() != null) {
            request.header(WebhookSignature.HEADER, WebhookSignature.sign(body, config.appSecret()));
        }
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            boolean ok = failure == null && response.statusCode() / 100 == 2;
            if (ok || attempt >= ATTEMPTS || scheduler.isShutdown()) {
                if (!ok) {
                    LOG.debug("Sandbox gave up on the {} webhook of {}: {}", STATUSES.get(index), message.wamid(),
                            failure == null ? "HTTP " + response.statusCode() : failure.toString());
                }
                // Meta keeps reporting later statuses even when an earlier webhook was lost, and so do we.
                next(message, index + 1);
            } else {
                scheduler.schedule(() -> post(message, index, attempt + 1), 200L * attempt, TimeUnit.MILLISECONDS);
            }
        });
    }

    private byte[] payload(Accepted message, String status) {
        ObjectNode root = json.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode entry = root.putArray("entry").addObject().put("id", config.wabaId());
        ObjectNode value = entry.putArray("changes").addObject().put("field", "messages").putObject("value")
                .put("messaging_product", "whatsapp");
        value.putObject("metadata").put("display_phone_number", DISPLAY_PHONE_NUMBER)
                .put("phone_number_id", config.phoneNumberId());
        long now = Instant.now().getEpochSecond();
        ObjectNode s = value.putArray("statuses").addObject()
                .put("id", message.wamid())
                .put("status", status)
                .put("timestamp", Long.toString(now))
                .put("recipient_id", message.recipientId());
        if (!"read".equals(status)) {
            // Meta sends pricing with sent and with only one of delivered/read.
            ObjectNode conversation = s.putObject("conversation").put("id", "conv-" + message.wamid().hashCode());
            if ("sent".equals(status)) {
                conversation.put("expiration_timestamp", Long.toString(now + 86_400));
            }
            conversation.putObject("origin").put("type", message.template() ? "utility" : "service");
            s.putObject("pricing").put("billable", true).put("pricing_model", "PMP")
                    .put("type", message.template() ? "regular" : "free_customer_service")
                    .put("category", message.template() ? "utility" : "service");
        }
        if (message.bizOpaqueCallbackData() != null) {
            s.put("biz_opaque_callback_data", message.bizOpaqueCallbackData());
        }
        try {
            return json.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a webhook payload", e);
        }
    }
}
