package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wanotify.bootstrap.MetaWebhooks.signedBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.adapters.http.StatusCallbackHttpAdapter;
import org.wanotify.adapters.whatsapp.sandbox.CloudApiSimulator;
import org.wanotify.adapters.whatsapp.sandbox.SandboxConfig;

/** Client callbacks end to end: signed, in order per message, retried with backoff, and surviving a restart. */
class CallbackSystemTest {
    private static final String SECRET = "callback-secret-under-test-0123456789";
    private static final long T = 1763719200L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private CloudApiSimulator graph;
    private RunningWanotify w;
    private HttpServer receiver;
    /** Every request the receiver got: body, signature, and whether it was accepted. */
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseNext = new AtomicInteger();

    record Received(byte[] body, String signature, boolean accepted) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @BeforeEach
    void start() throws IOException {
        graph = new CloudApiSimulator(new SandboxConfig(0, DeliveryLifecycleSystemTest.TOKEN, DeliveryLifecycleSystemTest.PHONE_ID,
                "209876543210987", DeliveryLifecycleSystemTest.APP_SECRET, null, Duration.ofMillis(50)));
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/whatsapp", ex -> {
            boolean accept = refuseNext.getAndUpdate(n -> n > 0 ? n - 1 : n) == 0;
            requests.add(new Received(ex.getRequestBody().readAllBytes(), ex.getRequestHeaders().getFirst("X-Wanotify-Signature"), accept));
            ex.sendResponseHeaders(accept ? 200 : 503, -1);
            ex.close();
        });
        receiver.start();
    }

    private RunningWanotify start(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("cb.db"),
                "WHATSAPP_GRAPH_URL", graph.baseUrl(), "WHATSAPP_ACCESS_TOKEN", DeliveryLifecycleSystemTest.TOKEN,
                "WHATSAPP_PHONE_NUMBER_ID", DeliveryLifecycleSystemTest.PHONE_ID, "WHATSAPP_APP_SECRET", DeliveryLifecycleSystemTest.APP_SECRET,
                "WANOTIFY_CALLBACK_RETRY_BASE_DELAY", "PT0.2S", "WANOTIFY_CALLBACK_RETRY_MAX_DELAY", "PT0.5S",
                "WANOTIFY_CALLBACK_TIMEOUT", "PT2S"));
        env.putAll(extra);
        return new RunningWanotify(env);
    }

    @AfterEach
    void stop() {
        if (w != null) {
            w.close();
        }
        graph.close();
        receiver.stop(0);
    }

    private String callbackUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/whatsapp";
    }

    private JsonNode send() {
        RunningWanotify.Reply r = w.post("/v1/messages?wait=10", "{\"to\":\"+255781588379\",\"text\":{\"body\":\"Your login\"},"
                + "\"callback_url\":\"" + callbackUrl() + "\",\"metadata\":{\"order_id\":\"A-17\"}}", Map.of());
        assertEquals(200, r.status(), r.raw().body());
        assertEquals("sent", r.body().get("status").asText());
        return r.body();
    }

    private void webhook(String... statuses) {
        String body = MetaWebhooks.statuses(DeliveryLifecycleSystemTest.PHONE_ID, List.of(statuses));
        assertEquals(200, w.post("/webhooks/whatsapp", body, signedBy(DeliveryLifecycleSystemTest.APP_SECRET, body)).status());
    }

    private List<String> acceptedStatuses() {
        return requests.stream().filter(Received::accepted).map(r -> r.json().get("status").asText()).toList();
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsEveryChangeSignedAndInOrderAfterRetries() throws InterruptedException {
        w = start(Map.of("WANOTIFY_CALLBACK_SECRET", SECRET));
        refuseNext.set(2);
        JsonNode m = send();
        String wamid = m.get("whatsapp_message_id").asText();
        webhook(MetaWebhooks.status(wamid, "delivered", T + 20, null));
        webhook(MetaWebhooks.status(wamid, "read", T + 30, null));

        eventually("sent, delivered and read accepted", () -> acceptedStatuses().size() == 3);
        assertEquals(List.of("sent", "delivered", "read"), acceptedStatuses());
        assertEquals(5, requests.size(), "two refusals, then each change once");
        assertEquals(List.of("sent", "sent", "sent"), requests.subList(0, 3).stream().map(r -> r.json().get("status").asText()).toList(),
                "nothing overtakes the change being retried");
        for (Received r : requests) {
            assertEquals(StatusCallbackHttpAdapter.signature(SECRET, r.body()), r.signature());
        }
        JsonNode read = requests.get(4).json();
        assertEquals(m.get("id").asText(), read.get("id").asText());
        assertEquals("+255781588379", read.get("to").asText());
        assertEquals(wamid, read.get("whatsapp_message_id").asText());
        assertTrue(read.get("error").isNull());
        assertEquals("A-17", read.get("metadata").get("order_id").asText());
        assertEquals("2025-11-21T10:00:30Z", read.get("at").asText());
    }

    @Test
    void pendingCallbacksSurviveARestartAndKeepTheGeneratedSecret() throws InterruptedException {
        w = start(Map.of());
        String secret = w.app.generatedCallbackSecret().orElseThrow(() -> new AssertionError("a secret is generated at first start"));
        refuseNext.set(Integer.MAX_VALUE);
        JsonNode m = send();
        eventually("a refused attempt", () -> requests.size() >= 2);
        w.close();
        w = null;

        int before = requests.size();
        refuseNext.set(0);
        w = start(Map.of());
        assertTrue(w.app.generatedCallbackSecret().isEmpty(), "the stored secret is kept, not replaced");
        eventually("sent accepted after the restart", () -> acceptedStatuses().contains("sent"));
        assertTrue(requests.size() > before);
        Received accepted = requests.stream().filter(Received::accepted).findFirst().orElseThrow();
        assertEquals(m.get("id").asText(), accepted.json().get("id").asText());
        assertEquals(StatusCallbackHttpAdapter.signature(secret, accepted.body()), accepted.signature());
        assertEquals(List.of("sent"), acceptedStatuses());
    }

    @Test
    void inSandboxModeTheSimulatorsSignedStatusesReachTheCallbackInOrder() throws InterruptedException {
        w = new RunningWanotify(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("sandbox.db"), "WANOTIFY_CALLBACK_SECRET", SECRET));
        RunningWanotify.Reply r = w.post("/v1/messages", "{\"to\":\"+255781588379\",\"text\":{\"body\":\"hi\"},\"callback_url\":\""
                + callbackUrl() + "\"}", Map.of());
        assertEquals(202, r.status(), r.raw().body());
        eventually("sent, delivered, read", () -> acceptedStatuses().size() == 3);
        assertEquals(List.of("sent", "delivered", "read"), acceptedStatuses());
        requests.forEach(req -> assertEquals(StatusCallbackHttpAdapter.signature(SECRET, req.body()), req.signature()));
    }
}
