package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WANOTIFY_RATE_LIMIT: each API key has its own bucket; over it the answer is 429 with Retry-After. */
class RateLimitSystemTest {
    @TempDir
    Path dir;

    @Test
    void aKeyOverItsRateGets429WithRetryAfterWhileOtherKeysGoOn() {
        try (RunningWanotify w = new RunningWanotify(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("r.db"),
                "WANOTIFY_RATE_LIMIT", "1"))) {
            RunningWanotify.Reply issued = w.call("POST", "/v1/api-keys", "{\"name\":\"client\",\"accounts\":[\"default\"]}", RunningWanotify.ADMIN_KEY);
            assertEquals(201, issued.status(), issued.raw().body());
            RunningWanotify.Reply limited = null;
            // burst 2 at 1 request/s: ten requests in a row cannot all fit unless they take over eight seconds
            for (int i = 0; i < 10 && limited == null; i++) {
                RunningWanotify.Reply r = w.call("GET", "/v1/messages", null, RunningWanotify.ADMIN_KEY);
                if (r.status() == 429) {
                    limited = r;
                }
            }
            assertTrue(limited != null, "the admin key was rate-limited");
            assertEquals("application/problem+json", limited.raw().headers().firstValue("Content-Type").orElse(""));
            assertTrue(Integer.parseInt(limited.raw().headers().firstValue("Retry-After").orElse("0")) >= 1);
            assertEquals(429, limited.body().get("status").asInt());
            assertEquals(200, w.call("GET", "/v1/messages", null, issued.body().get("key").asText()).status(),
                    "another key has its own bucket");
            assertEquals(200, w.get("/health").status(), "/health is not rate-limited");
        }
    }
}
