package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wanotify.bootstrap.MetaWebhooks.signedBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.adapters.whatsapp.sandbox.CloudApiSimulator;
import org.wanotify.adapters.whatsapp.sandbox.SandboxConfig;

/**
 * Issue 3 end to end in live mode: Meta's signed webhooks (built from Meta's own shapes) into the real jar's
 * main, statuses forward only, inbound messages and the 24-hour window, and the window policy on sends.
 */
class DeliveryLifecycleSystemTest {
    static final String TOKEN = "EAAG-live-token-under-test";
    static final String PHONE_ID = "109876543210987";
    static final String APP_SECRET = "live-app-secret";
    private static final long T = 1763719200L; // 2025-11-21T10:00:00Z, a Meta timestamp

    @TempDir
    Path dir;
    private CloudApiSimulator graph;
    private RunningWanotify w;

    @BeforeEach
    void start() throws Exception {
        graph = new CloudApiSimulator(new SandboxConfig(0, TOKEN, PHONE_ID, "209876543210987", APP_SECRET, null, Duration.ofMillis(50)));
        w = start(Map.of());
    }

    private RunningWanotify start(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("live.db"),
                "WHATSAPP_GRAPH_URL", graph.baseUrl(), "WHATSAPP_ACCESS_TOKEN", TOKEN, "WHATSAPP_PHONE_NUMBER_ID", PHONE_ID,
                "WHATSAPP_APP_SECRET", APP_SECRET, "WHATSAPP_WEBHOOK_VERIFY_TOKEN", "verify-me", "WANOTIFY_DEFAULT_REGION", "TZ"));
        env.putAll(extra);
        return new RunningWanotify(env);
    }

    @AfterEach
    void stop() {
        w.close();
        graph.close();
    }

    private RunningWanotify.Reply webhook(String body) {
        return w.post("/webhooks/whatsapp", body, signedBy(APP_SECRET, body));
    }

    private JsonNode sentMessage(String to) {
        RunningWanotify.Reply r = w.post("/v1/messages?wait=10", "{\"to\":\"" + to + "\",\"text\":{\"body\":\"Your login\"}}", Map.of());
        assertEquals(200, r.status(), r.raw().body());
        assertEquals("sent", r.body().get("status").asText());
        return r.body();
    }

    /** Posts a status for a message sent only for this purpose and waits for it: the applier works in order, so all before it are applied. */
    private void awaitEverythingApplied() throws InterruptedException {
        JsonNode marker = sentMessage("+255781588399");
        String body = MetaWebhooks.statuses(PHONE_ID, List.of(MetaWebhooks.status(marker.get("whatsapp_message_id").asText(), "read", T, null)));
        assertEquals(200, webhook(body).status());
        assertEquals("read", w.getUntil("/v1/messages/" + marker.get("id").asText(), b -> "read".equals(b.path("status").asText()))
                .body().get("status").asText());
    }

    @Test
    void answersMetasChallengeOnlyForTheRightVerifyToken() {
        RunningWanotify.Reply ok = w.get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444");
        assertEquals(200, ok.status());
        assertEquals("1158201444", ok.raw().body());
        assertEquals(403, w.get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444").status());
    }

    @Test
    void refusesMissingAndWrongSignaturesAndAcceptsTheRightOne() {
        String body = MetaWebhooks.statuses(PHONE_ID, List.of(MetaWebhooks.status("wamid.UNKNOWN", "sent", T, null)));
        assertEquals(401, w.post("/webhooks/whatsapp", body, Map.of()).status());
        assertEquals(401, w.post("/webhooks/whatsapp", body, signedBy("not-the-app-secret", body)).status());
        assertEquals(200, webhook(body).status());
    }

    @Test
    void statusesOnlyMoveForwardKeepMetasTimestampsAndDuplicatesAddNothing() throws InterruptedException {
        JsonNode m = sentMessage("+255781588379");
        String id = m.get("id").asText();
        String wamid = m.get("whatsapp_message_id").asText();
        String batch = MetaWebhooks.statuses(PHONE_ID, List.of(MetaWebhooks.status(wamid, "sent", T, id),
                MetaWebhooks.status(wamid, "read", T + 30, id), MetaWebhooks.status(wamid, "delivered", T + 20, id)));
        assertEquals(200, webhook(batch).status());
        JsonNode read = w.getUntil("/v1/messages/" + id, b -> "read".equals(b.path("status").asText())).body();
        assertEquals("read", read.get("status").asText());
        assertEquals(List.of("queued", "sent", "delivered", "read"), statuses(read));
        // read without delivered records both, at the time Meta gave for read; the late delivered changes nothing
        assertEquals(Instant.ofEpochSecond(T + 30).toString(), read.get("events").get(2).get("at").asText());
        assertEquals(Instant.ofEpochSecond(T + 30).toString(), read.get("events").get(3).get("at").asText());

        assertEquals(200, webhook(batch).status());
        awaitEverythingApplied();
        JsonNode again = w.get("/v1/messages/" + id).body();
        assertEquals(read.get("events"), again.get("events"), "the same payload again adds nothing");
        assertEquals("read", again.get("status").asText());
    }

    @Test
    void aStatusArrivingBeforeTheSendWasRecordedIsMatchedByCallbackData() throws InterruptedException {
        // Graph answers 500 for this number: the message waits for a retry and has no wamid of its own yet
        RunningWanotify.Reply r = w.post("/v1/messages", "{\"to\":\"+255700000500\",\"text\":{\"body\":\"hi\"}}", Map.of());
        String id = r.body().get("id").asText();
        w.getUntil("/v1/messages/" + id, b -> "scheduled".equals(b.path("status").asText()));
        String body = MetaWebhooks.statuses(PHONE_ID, List.of(MetaWebhooks.status("wamid.EARLY", "delivered", T, id)));
        assertEquals(200, webhook(body).status());
        JsonNode m = w.getUntil("/v1/messages/" + id, b -> "delivered".equals(b.path("status").asText())).body();
        assertEquals("delivered", m.get("status").asText());
        assertEquals("wamid.EARLY", m.get("whatsapp_message_id").asText());
    }

    @Test
    void aFailedStatusWith131047CarriesMetasErrorAndATemplateHint() throws InterruptedException {
        JsonNode m = sentMessage("+255781588379");
        String id = m.get("id").asText();
        String body = MetaWebhooks.statuses(PHONE_ID, List.of(MetaWebhooks.failed(m.get("whatsapp_message_id").asText(), T, 131047,
                "Re-engagement message", "Message failed to send because more than 24 hours have passed since the customer last replied to this number.")));
        assertEquals(200, webhook(body).status());
        JsonNode failed = w.getUntil("/v1/messages/" + id, b -> "failed".equals(b.path("status").asText())).body();
        assertEquals("failed", failed.get("status").asText());
        JsonNode error = failed.get("error");
        assertEquals(131047, error.get("code").asInt());
        assertEquals("Re-engagement message", error.get("title").asText());
        assertTrue(error.get("detail").asText().contains("24 hours"));
        assertTrue(error.get("hint").asText().contains("template"), error.get("hint").asText());
    }

    @Test
    void anInboundTextOpensTheWindowAndTheFallbackPolicyChoosesTextOrTemplate() throws InterruptedException {
        assertFalse(w.get("/v1/conversations/0781588379").body().get("window_open").asBoolean());
        long now = Instant.now().getEpochSecond();
        String inbound = MetaWebhooks.inboundText(PHONE_ID, "255781588379", "wamid.IN1", now, "Is my WiFi on?");
        assertEquals(200, webhook(inbound).status());
        JsonNode window = w.getUntil("/v1/conversations/0781588379", b -> b.path("window_open").asBoolean()).body();
        assertTrue(window.get("window_open").asBoolean());
        assertEquals(Instant.ofEpochSecond(now).toString(), window.get("last_inbound_at").asText());
        assertEquals(Instant.ofEpochSecond(now + 86_400).toString(), window.get("window_expires_at").asText());

        String withFallback = ",\"text\":{\"body\":\"Your login: user123\"},"
                + "\"fallback_template\":{\"name\":\"wifi_credentials\",\"language\":\"en\",\"parameters\":[\"user123\"]}}";
        RunningWanotify.Reply open = w.post("/v1/messages", "{\"to\":\"0781588379\"" + withFallback, Map.of());
        assertEquals(202, open.status(), open.raw().body());
        assertEquals("text", open.body().get("type").asText());
        assertFalse(open.body().has("sent_as"));

        RunningWanotify.Reply closed = w.post("/v1/messages", "{\"to\":\"0781588380\"" + withFallback, Map.of());
        assertEquals(202, closed.status(), closed.raw().body());
        assertEquals("template", closed.body().get("sent_as").asText());
        assertEquals("template", closed.body().get("type").asText());
        w.getUntil("/v1/messages/" + closed.body().get("id").asText(), b -> "sent".equals(b.path("status").asText()));
        assertTrue(graph.receivedRequests().stream().anyMatch(req -> req.path().endsWith("/messages")
                && "255781588380".equals(req.body().path("to").asText().replace("+", ""))
                && "wifi_credentials".equals(req.body().path("template").path("name").asText())), "the template went to Meta");

        RunningWanotify.Reply plain = w.post("/v1/messages", "{\"to\":\"0781588380\",\"text\":{\"body\":\"hi\"}}", Map.of());
        assertEquals(202, plain.status(), "fallback policy without a fallback sends as asked");
        assertEquals("text", plain.body().get("type").asText());
    }

    @Test
    void theEnforcePolicyRefusesFreeFormOutsideTheWindowWith422() throws InterruptedException {
        w.close();
        w = start(Map.of("WANOTIFY_WINDOW_POLICY", "enforce"));
        RunningWanotify.Reply refused = w.post("/v1/messages", "{\"to\":\"0781588380\",\"text\":{\"body\":\"hi\"}}", Map.of());
        assertEquals(422, refused.status(), refused.raw().body());
        assertTrue(refused.body().get("detail").asText().contains("24 hours"), refused.raw().body());
        assertTrue(refused.body().get("detail").asText().contains("fallback_template"), refused.raw().body());
        assertEquals("text", refused.body().get("errors").get(0).get("field").asText());

        String inbound = MetaWebhooks.inboundText(PHONE_ID, "255781588380", "wamid.IN2", Instant.now().getEpochSecond(), "hello");
        assertEquals(200, webhook(inbound).status());
        w.getUntil("/v1/conversations/0781588380", b -> b.path("window_open").asBoolean());
        assertEquals(202, w.post("/v1/messages", "{\"to\":\"0781588380\",\"text\":{\"body\":\"hi\"}}", Map.of()).status());
    }

    @Test
    void aThousandSignedStatusEventsPostedAsFastAsPossibleAreAllAnsweredAndApplied() throws Exception {
        List<JsonNode> messages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            messages.add(sentMessage("+25578158838" + i));
        }
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            JsonNode m = messages.get(i % 10);
            String status = i < 500 ? "delivered" : "read";
            bodies.add(MetaWebhooks.statuses(PHONE_ID, List.of(MetaWebhooks.status(m.get("whatsapp_message_id").asText(), status, T + i, null))));
        }
        List<Integer> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService posters = java.util.concurrent.Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (String body : bodies) {
                done.add(posters.submit(() -> answers.add(webhook(body).status())));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            posters.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("1,000 signed webhook deliveries answered in %.2f s (%.0f/s, 8 concurrent posters)%n", seconds, 1000 / seconds);
        assertEquals(1000, answers.size());
        assertTrue(answers.stream().allMatch(s -> s == 200), "all answered 200");

        awaitEverythingApplied();
        for (JsonNode m : messages) {
            JsonNode after = w.get("/v1/messages/" + m.get("id").asText()).body();
            assertEquals("read", after.get("status").asText());
            assertEquals(List.of("queued", "sent", "delivered", "read"), statuses(after));
        }
    }

    @Test
    void oneDeliveryOfAThousandStatusesIsAnsweredAndApplied() throws InterruptedException {
        JsonNode m = sentMessage("+255781588379");
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            statuses.add(MetaWebhooks.status(i == 999 ? m.get("whatsapp_message_id").asText() : "wamid.other." + i, "delivered", T + i,
                    null));
        }
        assertEquals(200, webhook(MetaWebhooks.statuses(PHONE_ID, statuses)).status());
        assertEquals("delivered", w.getUntil("/v1/messages/" + m.get("id").asText(),
                b -> "delivered".equals(b.path("status").asText())).body().get("status").asText());
    }

    static List<String> statuses(JsonNode message) {
        List<String> out = new ArrayList<>();
        message.get("events").forEach(e -> out.add(e.get("status").asText()));
        return out;
    }
}
