package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.adapters.whatsapp.sandbox.CloudApiSimulator;
import org.wanotify.adapters.whatsapp.sandbox.SandboxConfig;
import org.wanotify.adapters.whatsapp.sandbox.SimulatedRequest;

/** Live mode against an outside Graph-compatible server named by WHATSAPP_GRAPH_URL: what reaches "Meta", and what comes back. */
class LiveModeSystemTest {
    private static final String TOKEN = "EAAG-live-token-under-test";
    private static final String PHONE_ID = "109876543210987";

    @TempDir
    Path dir;
    private CloudApiSimulator graph;
    private RunningWanotify w;

    @BeforeEach
    void start() throws Exception {
        graph = new CloudApiSimulator(new SandboxConfig(0, TOKEN, PHONE_ID, "209876543210987", "live-app-secret", null, Duration.ofMillis(50)));
        w = new RunningWanotify(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("live.db"),
                "WHATSAPP_GRAPH_URL", graph.baseUrl(), "WHATSAPP_ACCESS_TOKEN", TOKEN, "WHATSAPP_PHONE_NUMBER_ID", PHONE_ID,
                "WHATSAPP_APP_SECRET", "live-app-secret", "WANOTIFY_DEFAULT_REGION", "TZ"));
    }

    @AfterEach
    void stop() {
        w.close();
        graph.close();
    }

    private List<SimulatedRequest> sends() {
        return graph.receivedRequests().stream().filter(r -> r.path().endsWith("/messages")).toList();
    }

    private JsonNode sendAndWait(String json) throws InterruptedException {
        RunningWanotify.Reply r = w.post("/v1/messages", json, Map.of());
        assertEquals(202, r.status(), r.raw().body());
        String id = r.body().get("id").asText();
        return w.getUntil("/v1/messages/" + id, b -> b.path("status").asText().matches("sent|failed")).body();
    }

    @Test
    void textGoesOutAsOneValidCloudApiRequestAndBecomesSent() throws InterruptedException {
        RunningWanotify.Reply r = w.post("/v1/messages", "{\"to\":\"0781588379\",\"text\":{\"body\":\"Your login\"}}", Map.of());
        assertEquals(202, r.status());
        assertEquals("queued", r.body().get("status").asText());
        assertEquals("+255781588379", r.body().get("to").asText());
        String id = r.body().get("id").asText();
        JsonNode done = w.getUntil("/v1/messages/" + id, b -> "sent".equals(b.path("status").asText())).body();
        assertEquals("sent", done.get("status").asText());
        assertTrue(done.get("whatsapp_message_id").asText().startsWith("wamid."));

        assertEquals(1, sends().size());
        SimulatedRequest req = sends().get(0);
        assertEquals("/v23.0/" + PHONE_ID + "/messages", req.path());
        assertTrue(req.bearerMatched(), "Bearer token sent");
        assertEquals("+255781588379", req.body().get("to").asText());
        assertEquals(id, req.body().get("biz_opaque_callback_data").asText());
        assertEquals("whatsapp", req.body().get("messaging_product").asText());
        assertEquals("Your login", req.body().get("text").get("body").asText());
    }

    @Test
    void templatesWithPositionalAndNamedParametersAndDocumentsByLink() throws InterruptedException {
        sendAndWait("{\"to\":\"+255781588379\",\"template\":{\"name\":\"order_update\",\"language\":\"en\",\"parameters\":[\"A-17\",\"shipped\"]}}");
        sendAndWait("{\"to\":\"+255781588379\",\"template\":{\"name\":\"wifi_credentials\",\"language\":\"en\","
                + "\"parameters\":{\"username\":\"user123\",\"password\":\"pass456\",\"plan\":\"daily_1000\"}}}");
        sendAndWait("{\"to\":\"+255781588379\",\"document\":{\"link\":\"https://crm.example.com/invoices/17.pdf\",\"filename\":\"invoice-17.pdf\"}}");
        List<SimulatedRequest> sent = sends();
        assertEquals(3, sent.size());
        JsonNode positional = sent.get(0).body().get("template");
        assertEquals("shipped", positional.get("components").get(0).get("parameters").get(1).get("text").asText());
        JsonNode named = sent.get(1).body().get("template").get("components").get(0).get("parameters");
        assertEquals("username", named.get(0).get("parameter_name").asText());
        assertEquals("user123", named.get(0).get("text").asText());
        JsonNode document = sent.get(2).body().get("document");
        assertEquals("invoice-17.pdf", document.get("filename").asText());
        assertEquals("https://crm.example.com/invoices/17.pdf", document.get("link").asText());
    }

    @Test
    void sameIdempotencyKeyTwiceSendsOnceAndDifferentBodyConflicts() throws InterruptedException {
        String body = "{\"to\":\"+255781588379\",\"text\":{\"body\":\"once\"}}";
        RunningWanotify.Reply first = w.post("/v1/messages", body, Map.of("Idempotency-Key", "order-A-17"));
        RunningWanotify.Reply second = w.post("/v1/messages", body, Map.of("Idempotency-Key", "order-A-17"));
        assertEquals(202, first.status());
        assertEquals(200, second.status());
        assertEquals(first.body().get("id").asText(), second.body().get("id").asText());
        RunningWanotify.Reply other = w.post("/v1/messages", "{\"to\":\"+255781588379\",\"text\":{\"body\":\"twice\"}}",
                Map.of("Idempotency-Key", "order-A-17"));
        assertEquals(409, other.status());
        w.getUntil("/v1/messages/" + first.body().get("id").asText(), b -> "sent".equals(b.path("status").asText()));
        Thread.sleep(300);
        assertEquals(1, sends().size());
    }

    @Test
    void metaRefusalFailsTheMessageWithCodeTitleAndDetail() throws InterruptedException {
        JsonNode failed = sendAndWait("{\"to\":\"+255700000026\",\"text\":{\"body\":\"hi\"}}");
        assertEquals("failed", failed.get("status").asText());
        JsonNode error = failed.get("error");
        assertEquals(131026, error.get("code").asInt());
        assertFalse(error.get("title").asText().isBlank());
        assertTrue(error.has("detail"));
        assertFalse(error.get("retryable").asBoolean());
        assertFalse(error.get("hint").asText().isBlank());
        assertEquals(1, sends().size());
    }

    @Test
    void secretsNeverAppearInResponses() {
        String health = w.get("/health").raw().body();
        assertFalse(health.contains(TOKEN));
        assertEquals("live", w.get("/health").body().get("mode").asText());
    }
}
