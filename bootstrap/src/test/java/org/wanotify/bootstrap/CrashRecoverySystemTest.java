package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.adapters.whatsapp.sandbox.CloudApiSimulator;
import org.wanotify.adapters.whatsapp.sandbox.SandboxConfig;

/**
 * kill -9 in the middle of a burst, simulated in-process: the peer stops hearing from the first instance at one
 * instant, and the database as it was committed at that instant (an online SQLite backup, which is what a killed
 * process leaves on disk) is started by a second instance. The peer posts {@code sent} webhooks as Meta does.
 */
class CrashRecoverySystemTest {
    private static final String TOKEN = "EAAG-crash-token";
    private static final String PHONE_ID = "109876543210987";
    private static final String APP_SECRET = "crash-app-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Forwards to the simulator until {@link #crashed}; from then on it drops requests, as if their sender had died. */
    private static final class CrashGate implements AutoCloseable {
        final HttpServer server;
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        final String target;
        final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
        final AtomicInteger forwarded = new AtomicInteger();
        volatile boolean crashed;

        CrashGate(String target) throws IOException {
            this.target = target;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.createContext("/", this::forward);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void forward(HttpExchange exchange) throws IOException {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (crashed) {
                    return;
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                        .header("Authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                        .header("Content-Type", "application/json")
                        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200 && body.length > 0) {
                    JsonNode sent = JSON.readTree(body);
                    delivered.computeIfAbsent(sent.path("biz_opaque_callback_data").asText(), k -> new AtomicInteger()).incrementAndGet();
                    forwarded.incrementAndGet();
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(response.statusCode(), response.body().length);
                exchange.getResponseBody().write(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private Map<String, String> env(Path db, String graphUrl) {
        return new HashMap<>(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + db, "WHATSAPP_GRAPH_URL", graphUrl,
                "WHATSAPP_ACCESS_TOKEN", TOKEN, "WHATSAPP_PHONE_NUMBER_ID", PHONE_ID, "WHATSAPP_APP_SECRET", APP_SECRET,
                "WANOTIFY_MPS", "100", "WANOTIFY_IN_DOUBT_GRACE", "PT10S", "WANOTIFY_RETRY_BASE_DELAY", "PT0.2S",
                "WANOTIFY_RETRY_MAX_DELAY", "PT1S",
                // the restarted process is the same machine: same master key, though its database is a copy elsewhere
                "WANOTIFY_MASTER_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32])));
    }

    @Test
    void afterAKillInTheMiddleOf500MessagesEveryMessageEndsSentAndThePeerGotEachExactlyOnce() throws Exception {
        AtomicReference<String> webhookTarget = new AtomicReference<>();
        // Meta's webhooks reach whichever instance is up when they are posted; 5 s covers the restart.
        try (CloudApiSimulator meta = new CloudApiSimulator(new SandboxConfig(0, TOKEN, PHONE_ID, "209876543210987", APP_SECRET,
                webhookTarget::get, Duration.ofSeconds(5)));
             CrashGate gate = new CrashGate(meta.baseUrl())) {
            Path firstDb = dir.resolve("first/wanotify.db");
            Path secondDb = dir.resolve("second/wanotify.db");
            Files.createDirectories(secondDb.getParent());
            List<String> ids = new ArrayList<>();
            try (RunningWanotify first = new RunningWanotify(env(firstDb, gate.baseUrl()))) {
                ExecutorService clients = Executors.newFixedThreadPool(4);
                List<Future<String>> posted = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    String to = String.format("+25578%07d", 2_000_000 + i);
                    posted.add(clients.submit(() -> first.post("/v1/messages", "{\"to\":\"" + to + "\",\"text\":{\"body\":\"hi\"}}",
                            Map.of()).body().get("id").asText()));
                }
                for (Future<String> id : posted) {
                    ids.add(id.get());
                }
                clients.shutdown();
                ResilienceSystemTest.eventually(() -> gate.forwarded.get() >= 150, Duration.ofSeconds(20));

                gate.crashed = true;
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + firstDb); Statement s = c.createStatement()) {
                    s.executeUpdate("backup to " + secondDb);
                }
            }
            int beforeCrash = gate.forwarded.get();
            assertTrue(beforeCrash < 500, "the crash came in the middle of the burst");
            gate.crashed = false;

            try (RunningWanotify second = new RunningWanotify(env(secondDb, gate.baseUrl()))) {
                webhookTarget.set("http://127.0.0.1:" + second.app.port() + "/webhooks/whatsapp");
                ResilienceSystemTest.eventually(() -> ids.stream().allMatch(id ->
                        second.get("/v1/messages/" + id).body().path("status").asText().matches("sent|delivered|read")), Duration.ofSeconds(60));
            }
            for (String id : ids) {
                assertEquals(1, gate.delivered.getOrDefault(id, new AtomicInteger()).get(), "requests reaching the peer for " + id);
            }
            assertEquals(500, gate.forwarded.get());
        }
    }
}
