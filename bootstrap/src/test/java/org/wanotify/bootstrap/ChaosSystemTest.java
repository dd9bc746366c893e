package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.bootstrap.ScriptedGraph.Answer;

/** Pacing as the Graph peer sees it, and a run of a few hundred messages through injected failures. */
class ChaosSystemTest {
    private static final String TOKEN = ResilienceSystemTest.TOKEN;

    @TempDir
    Path dir;
    private ScriptedGraph graph;
    private RunningWanotify w;

    @BeforeEach
    void startGraph() throws Exception {
        graph = new ScriptedGraph(TOKEN);
    }

    @AfterEach
    void stop() {
        if (w != null) {
            w.close();
        }
        graph.close();
    }

    private RunningWanotify start(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("wanotify.db"),
                "WHATSAPP_GRAPH_URL", graph.baseUrl(), "WHATSAPP_ACCESS_TOKEN", TOKEN,
                "WHATSAPP_PHONE_NUMBER_ID", ResilienceSystemTest.PHONE_ID,
                "WANOTIFY_RETRY_BASE_DELAY", "PT0.2S", "WANOTIFY_RETRY_MAX_DELAY", "PT1S", "WANOTIFY_RETRY_MAX_ATTEMPTS", "5"));
        env.putAll(extra);
        return new RunningWanotify(env);
    }

    private static String recipient(int i) {
        return String.format("+25578%07d", 1_000_000 + i);
    }

    /** Posts one text per recipient from four threads (a burst), returning the message ids in order. */
    private List<String> postAll(int count) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String to = recipient(i);
                ids.add(clients.submit(() -> {
                    RunningWanotify.Reply r = w.post("/v1/messages", "{\"to\":\"" + to + "\",\"text\":{\"body\":\"hi\"}}", Map.of());
                    assertEquals(202, r.status(), r.raw().body());
                    return r.body().get("id").asText();
                }));
            }
            List<String> out = new ArrayList<>();
            for (Future<String> id : ids) {
                out.add(id.get());
            }
            return out;
        } finally {
            clients.shutdown();
        }
    }

    @Test
    void theGraphPeerNeverSeesMoreThanTheConfiguredRateInAnySecond() throws Exception {
        w = start(Map.of("WANOTIFY_MPS", "50"));

        postAll(300);
        ResilienceSystemTest.eventually(() -> graph.accepted.size() == 300, Duration.ofSeconds(30));

        long[] arrivals;
        synchronized (graph.sends) {
            arrivals = graph.sends.stream().mapToLong(ScriptedGraph.Received::nanos).sorted().toArray();
        }
        int busiest = 0;
        for (int start = 0, end = 0; start < arrivals.length; start++) {
            while (end < arrivals.length && arrivals[end] - arrivals[start] < 1_000_000_000L) {
                end++;
            }
            busiest = Math.max(busiest, end - start);
        }
        assertEquals(300, arrivals.length, "each message reached the peer once");
        assertTrue(busiest <= 51, "at most 50 (+2 %) requests in any 1-second window, saw " + busiest);
    }

    @Test
    void everyMessageEndsRightThroughServerErrorsDroppedConnectionsTimeoutsRateLimitsAndAnExpiredToken() throws Exception {
        int count = 300;
        Map<Integer, Integer> expectedRequests = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String to = recipient(i);
            switch (i % 10) {
                case 1 -> graph.script(to, Answer.SERVER_ERROR);
                case 2 -> graph.script(to, Answer.DROP_CONNECTION);
                case 3 -> graph.script(to, Answer.RATE_LIMIT);
                case 4 -> graph.script(to, Answer.UNDELIVERABLE);
                case 5 -> graph.script(to, Answer.SERVER_ERROR, Answer.RATE_LIMIT);
                default -> { }
            }
            expectedRequests.put(i, switch (i % 10) {
                case 1, 2, 3 -> 2;
                case 5 -> 3;
                default -> 1;
            });
        }
        graph.script(recipient(106), Answer.TIMEOUT);
        expectedRequests.put(106, 2);
        graph.script(recipient(147), Answer.TOKEN_EXPIRED);
        expectedRequests.put(147, 2);
        w = start(Map.of("WANOTIFY_MPS", "200"));

        List<String> ids = postAll(count);
        ResilienceSystemTest.eventually(() -> {
            // The expired token paused the account; the recurring check finds the token works again and resumes it.
            w.app.jobTargets().checkPausedAccounts();
            return w.get("/v1/messages?status=sent&limit=1").body().get("data").size() == 1
                    && settledCount() == count;
        }, Duration.ofSeconds(90));

        for (int i = 0; i < count; i++) {
            String status = w.get("/v1/messages/" + ids.get(i)).body().get("status").asText();
            assertEquals(i % 10 == 4 ? "failed" : "sent", status, "message " + i);
            assertEquals((long) expectedRequests.get(i), graph.sendsTo(recipient(i)), "requests for message " + i);
        }
    }

    private int settledCount() {
        int settled = 0;
        for (String status : List.of("sent", "failed")) {
            String cursor = null;
            do {
                var page = w.get("/v1/messages?status=" + status + "&limit=100" + (cursor == null ? "" : "&cursor=" + cursor)).body();
                settled += page.get("data").size();
                cursor = page.path("next_cursor").isTextual() ? page.get("next_cursor").asText() : null;
            } while (cursor != null);
        }
        return settled;
    }
}
