package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.navigation.AmountRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.bootstrap.ScriptedGraph.Answer;

/** The whole application against a scripted Graph API: retries through JobRunr, Meta's refusals, paused accounts. */
class ResilienceSystemTest {
    static final String TOKEN = "EAAG-current-token";
    static final String PHONE_ID = "109876543210987";

    @TempDir
    Path dir;
    private ScriptedGraph graph;
    private final List<RunningWanotify> started = new ArrayList<>();

    @BeforeEach
    void startGraph() throws Exception {
        graph = new ScriptedGraph(TOKEN);
    }

    @AfterEach
    void stop() {
        started.forEach(RunningWanotify::close);
        graph.close();
    }

    private RunningWanotify start(String token, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("wanotify.db"),
                "WHATSAPP_GRAPH_URL", graph.baseUrl(), "WHATSAPP_ACCESS_TOKEN", token, "WHATSAPP_PHONE_NUMBER_ID", PHONE_ID,
                "WANOTIFY_RETRY_BASE_DELAY", "PT0.2S", "WANOTIFY_RETRY_MAX_DELAY", "PT1S", "WANOTIFY_RETRY_MAX_ATTEMPTS", "5"));
        env.putAll(extra);
        RunningWanotify w = new RunningWanotify(env);
        started.add(w);
        return w;
    }

    private static String send(RunningWanotify w, String to) {
        RunningWanotify.Reply r = w.post("/v1/messages", "{\"to\":\"" + to + "\",\"text\":{\"body\":\"hello\"}}", Map.of());
        assertEquals(202, r.status(), r.raw().body());
        return r.body().get("id").asText();
    }

    private static JsonNode settled(RunningWanotify w, String id) throws InterruptedException {
        return w.getUntil("/v1/messages/" + id, b -> b.path("status").asText().matches("sent|failed")).body();
    }

    private static List<String> statuses(JsonNode message) {
        List<String> out = new ArrayList<>();
        message.get("events").forEach(e -> out.add(e.get("status").asText()));
        return out;
    }

    static void eventually(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within " + within);
            Thread.sleep(50);
        }
    }

    private static List<String> jobNames(RunningWanotify w) {
        List<String> names = new ArrayList<>();
        for (StateName state : List.of(StateName.SCHEDULED, StateName.ENQUEUED, StateName.PROCESSING, StateName.SUCCEEDED)) {
            for (Job job : w.app.jobs().storage().getJobList(state, new AmountRequest("updatedAt:ASC", 1000))) {
                names.add(job.getJobName());
            }
        }
        return names;
    }

    @Test
    void twoServerErrorsThenSuccessEndSentAfterThreeAttemptsWithRetryJobsInJobRunr() throws InterruptedException {
        RunningWanotify w = start(TOKEN, Map.of());
        graph.script("+255781588379", Answer.SERVER_ERROR, Answer.SERVER_ERROR);

        String id = send(w, "+255781588379");
        JsonNode done = settled(w, id);

        assertEquals("sent", done.get("status").asText(), done.toString());
        assertEquals(3, done.get("attempts").asInt());
        assertEquals(List.of("queued", "scheduled", "scheduled", "sent"), statuses(done));
        assertEquals(3, graph.sendsTo("+255781588379"));
        List<String> jobs = jobNames(w);
        assertTrue(jobs.contains("retry " + id + " (attempt 2)"), jobs.toString());
        assertTrue(jobs.contains("retry " + id + " (attempt 3)"), jobs.toString());
    }

    @Test
    void undeliverableFailsAfterOneAttemptWithAHintAndRateLimitIsRetriedLater() throws InterruptedException {
        RunningWanotify w = start(TOKEN, Map.of());
        graph.script("+255700000026", Answer.UNDELIVERABLE).script("+255781588379", Answer.RATE_LIMIT);

        JsonNode failed = settled(w, send(w, "+255700000026"));
        JsonNode retried = settled(w, send(w, "+255781588379"));

        assertEquals("failed", failed.get("status").asText());
        assertEquals(1, failed.get("attempts").asInt());
        assertEquals(131026, failed.get("error").get("code").asInt());
        assertFalse(failed.get("error").get("hint").asText().isBlank());
        assertEquals(1, graph.sendsTo("+255700000026"));
        assertEquals("sent", retried.get("status").asText());
        assertEquals(List.of("queued", "scheduled", "sent"), statuses(retried));
        assertEquals(2, graph.sendsTo("+255781588379"));
    }

    private static String accountState(RunningWanotify w) {
        return w.get("/health").body().get("accounts").get(0).get("state").asText();
    }

    @Test
    void expiredTokenPausesTheAccountKeepsItsQueueAndARestartWithTheNewTokenSendsEverything() throws InterruptedException {
        RunningWanotify old = start("EAAG-expired-token", Map.of());
        List<String> ids = new ArrayList<>();
        ids.add(send(old, "+255781588379"));
        eventually(() -> "paused".equals(accountState(old)), Duration.ofSeconds(10));
        RunningWanotify.Reply whilePaused = old.post("/v1/messages", "{\"to\":\"+255781588380\",\"text\":{\"body\":\"hello\"}}", Map.of());
        assertEquals(202, whilePaused.status());
        assertTrue(whilePaused.body().get("warning").asText().contains("paused"), whilePaused.raw().body());
        ids.add(whilePaused.body().get("id").asText());
        ids.add(send(old, "+255781588381"));
        Thread.sleep(1500);
        for (String id : ids) {
            assertEquals("queued", old.get("/v1/messages/" + id).body().get("status").asText());
        }
        assertTrue(graph.accepted.isEmpty());
        int refused = graph.sends.size();
        old.close();
        started.remove(old);

        RunningWanotify rotated = start(TOKEN, Map.of());
        assertEquals("active", accountState(rotated));
        for (String id : ids) {
            assertEquals("sent", settled(rotated, id).get("status").asText());
        }
        assertEquals(3, graph.accepted.size());
        assertTrue(graph.accepted.stream().allMatch(r -> r.token().equals(TOKEN)), "all sent with the new token");
        assertEquals(refused + 3, graph.sends.size());
    }

    @Test
    void thePausedAccountCheckResumesTheAccountOnceMetaAcceptsItsTokenAgain() throws InterruptedException {
        graph.acceptToken("something-else");
        RunningWanotify w = start(TOKEN, Map.of());
        String id = send(w, "+255781588379");
        eventually(() -> "paused".equals(accountState(w)), Duration.ofSeconds(10));

        w.app.jobTargets().checkPausedAccounts();
        assertEquals("paused", accountState(w), "Meta still refuses the token");

        graph.acceptToken(TOKEN);
        w.app.jobTargets().checkPausedAccounts();
        assertEquals("active", accountState(w));
        assertEquals("sent", settled(w, id).get("status").asText());
    }

    @Test
    void aGracefulStopWithSendsStillInFlightFinishesWithinTenSecondsAndTheyWaitAsInDoubt() throws InterruptedException {
        graph.script("+255781588379", Answer.TIMEOUT).script("+255781588380", Answer.TIMEOUT);
        RunningWanotify w = start(TOKEN, Map.of("WANOTIFY_IN_DOUBT_GRACE", "PT1H"));
        String first = send(w, "+255781588379");
        send(w, "+255781588380");
        eventually(() -> graph.sends.size() == 2, Duration.ofSeconds(10));

        long stopAt = System.nanoTime();
        w.close();
        started.remove(w);
        Duration stopping = Duration.ofNanos(System.nanoTime() - stopAt);

        assertTrue(stopping.compareTo(Duration.ofSeconds(10)) < 0, "stopped in " + stopping);
        RunningWanotify again = start(TOKEN, Map.of("WANOTIFY_IN_DOUBT_GRACE", "PT1H"));
        JsonNode held = again.get("/v1/messages/" + first).body();
        assertEquals("scheduled", held.get("status").asText(), "in doubt: Meta may have it, so it is not sent again at once");
        assertEquals(2, graph.sends.size());
    }

    @Test
    void theDashboardAsksForThePasswordAndWithItListsTheRetryJobs() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        RunningWanotify w = start(TOKEN, Map.of("WANOTIFY_DASHBOARD_PORT", String.valueOf(port),
                "WANOTIFY_DASHBOARD_PASSWORD", "dashboard-secret", "WANOTIFY_RETRY_BASE_DELAY", "PT1H", "WANOTIFY_RETRY_MAX_DELAY", "PT2H"));
        graph.script("+255781588379", Answer.SERVER_ERROR);
        String id = send(w, "+255781588379");
        w.getUntil("/v1/messages/" + id, b -> "scheduled".equals(b.path("status").asText()));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        URI jobs = URI.create("http://127.0.0.1:" + port + "/api/jobs?state=SCHEDULED&offset=0&limit=20&order=scheduledAt:ASC");

        java.net.http.HttpResponse<String> anonymous = client.send(java.net.http.HttpRequest.newBuilder(jobs).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String credentials = java.util.Base64.getEncoder().encodeToString("admin:dashboard-secret".getBytes(StandardCharsets.UTF_8));
        eventually(() -> w.app.jobs().storage().countJobs(StateName.SCHEDULED) >= 1, Duration.ofSeconds(10));
        java.net.http.HttpResponse<String> admin = client.send(java.net.http.HttpRequest.newBuilder(jobs)
                .header("Authorization", "Basic " + credentials).build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertEquals(401, anonymous.statusCode());
        assertEquals(200, admin.statusCode(), admin.body());
        assertTrue(admin.body().contains("retry " + id + " (attempt 2)"), admin.body());
    }
}
