package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.adapters.whatsapp.sandbox.CloudApiSimulator;
import org.wanotify.adapters.whatsapp.sandbox.SandboxConfig;

/**
 * Throughput of the whole send path on this machine: HTTP intake into SQLite, then dispatch through the
 * Graph client to a local Cloud API simulator, at Meta's ceiling of 1,000 messages/s per number.
 * Not part of the normal suite (the name does not end in Test); run it with the command in README.md.
 * Results are printed and written to {@code bootstrap/target/benchmark.txt}.
 */
class SendPathBenchmark {
    private static final int MESSAGES = Integer.getInteger("benchmark.messages", 10_000);
    private static final int CLIENT_CONCURRENCY = 64;

    @TempDir
    Path dir;

    @Test
    void sendPathReachesMetasCeilingPerNumber() throws Exception {
        String token = "benchmark-token";
        String phoneId = "100000000000009";
        try (CloudApiSimulator graph = new CloudApiSimulator(new SandboxConfig(0, token, phoneId, null, null, null, Duration.ofSeconds(1)));
             RunningWanotify w = new RunningWanotify(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("bench.db"),
                     "WHATSAPP_GRAPH_URL", graph.baseUrl(), "WHATSAPP_ACCESS_TOKEN", token, "WHATSAPP_PHONE_NUMBER_ID", phoneId,
                     "WANOTIFY_MPS", "1000"))) {
            warmUp(w, graph);
            graph.clear();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Semaphore window = new Semaphore(CLIENT_CONCURRENCY);
            AtomicInteger accepted = new AtomicInteger();
            long start = System.nanoTime();
            for (int i = 0; i < MESSAGES; i++) {
                window.acquire();
                String body = "{\"to\":\"+2557815" + String.format("%05d", i % 100_000) + "\",\"text\":{\"body\":\"benchmark " + i + "\"}}";
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.app.port() + "/v1/messages"))
                        .header("Authorization", "Bearer " + RunningWanotify.ADMIN_KEY).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                CompletableFuture<HttpResponse<Void>> f = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
                f.whenComplete((r, e) -> {
                    if (r != null && r.statusCode() == 202) {
                        accepted.incrementAndGet();
                    }
                    window.release();
                });
            }
            window.acquire(CLIENT_CONCURRENCY);
            long intakeNanos = System.nanoTime() - start;
            assertEquals(MESSAGES, accepted.get(), "every request accepted");
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (graph.receivedRequests().size() < MESSAGES && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            long totalNanos = System.nanoTime() - start;
            assertEquals(MESSAGES, graph.receivedRequests().size(), "every message reached the Graph peer");
            String report = String.format(Locale.ROOT,
                    "send path benchmark (%d messages, %d concurrent clients, WANOTIFY_MPS=1000, SQLite WAL, %d CPUs)%n"
                            + "  intake  (POST /v1/messages → 202, stored): %,.0f messages/s%n"
                            + "  end to end (first POST → last Graph request): %,.0f messages/s (%.1f s)%n",
                    MESSAGES, CLIENT_CONCURRENCY, Runtime.getRuntime().availableProcessors(),
                    MESSAGES / (intakeNanos / 1e9), MESSAGES / (totalNanos / 1e9), totalNanos / 1e9);
            System.out.print(report);
            Files.writeString(Path.of("target", "benchmark.txt"), report);
        }
    }

    private static void warmUp(RunningWanotify w, CloudApiSimulator graph) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            w.post("/v1/messages", "{\"to\":\"+255781500000\",\"text\":{\"body\":\"warm up\"}}", Map.of());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (graph.receivedRequests().size() < 200 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
