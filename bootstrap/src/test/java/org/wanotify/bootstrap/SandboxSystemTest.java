package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole application in its default sandbox mode: HTTP in, SQLite, simulator out, signed webhooks back. */
class SandboxSystemTest {
    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("wanotify.db"), "WANOTIFY_DEFAULT_REGION", "TZ");
    }

    @Test
    void messageTravelsToReadThroughTheSandboxAndSurvivesRestart() throws InterruptedException {
        String id;
        try (RunningWanotify w = new RunningWanotify(env())) {
            RunningWanotify.Reply health = w.get("/health");
            assertEquals(200, health.status());
            assertEquals("sandbox", health.body().get("mode").asText());

            RunningWanotify.Reply accepted = w.post("/v1/messages",
                    "{\"to\":\"0781588379\",\"text\":{\"body\":\"Your WiFi login: user123 / pass456\"},\"metadata\":{\"order_id\":\"A-17\"}}", Map.of());
            assertEquals(202, accepted.status(), accepted.raw().body());
            assertEquals("+255781588379", accepted.body().get("to").asText());
            assertEquals("queued", accepted.body().get("status").asText());
            id = accepted.body().get("id").asText();
            assertEquals("/v1/messages/" + id, accepted.raw().headers().firstValue("Location").orElseThrow());

            RunningWanotify.Reply read = w.getUntil("/v1/messages/" + id, b -> "read".equals(b.path("status").asText()));
            assertEquals("read", read.body().get("status").asText(), read.raw().body());
            assertTrue(read.body().get("whatsapp_message_id").asText().startsWith("wamid."));
            assertEquals(4, read.body().get("events").size(), read.raw().body());
            assertEquals("A-17", read.body().get("metadata").get("order_id").asText());
        }
        try (RunningWanotify again = new RunningWanotify(env())) {
            RunningWanotify.Reply after = again.get("/v1/messages/" + id);
            assertEquals(200, after.status());
            assertEquals("read", after.body().get("status").asText());
            assertEquals(id, again.get("/v1/messages?limit=5").body().get("data").get(0).get("id").asText());
        }
    }

    @Test
    void resendQueuesANewMessageWithTheSameContentThatPointsBack() throws InterruptedException {
        try (RunningWanotify w = new RunningWanotify(env())) {
            String first = w.post("/v1/messages", "{\"to\":\"0781588379\",\"text\":{\"body\":\"Your quote: 120,000 TZS\"},"
                    + "\"metadata\":{\"quote\":\"Q-9\"}}", Map.of()).body().get("id").asText();
            RunningWanotify.Reply again = w.post("/v1/messages/" + first + "/resend", "", Map.of());
            assertEquals(202, again.status(), again.raw().body());
            String second = again.body().get("id").asText();
            assertTrue(!second.equals(first));
            assertEquals(first, again.body().get("resent_from").asText());
            assertEquals("/v1/messages/" + second, again.raw().headers().firstValue("Location").orElseThrow());
            RunningWanotify.Reply sent = w.getUntil("/v1/messages/" + second, b -> b.path("status").asText().matches("sent|delivered|read"));
            assertTrue(sent.body().get("status").asText().matches("sent|delivered|read"), sent.raw().body());
            assertEquals("Q-9", sent.body().get("metadata").get("quote").asText());
            assertEquals(first, sent.body().get("resent_from").asText());
            assertEquals(404, w.post("/v1/messages/msg_01JDAAAAAAAAAAAAAAAAAAAAAA/resend", "", Map.of()).status());
            RunningWanotify.Reply secret = w.post("/v1/messages", "{\"to\":\"0781588379\",\"template\":{\"name\":\"wifi_login\","
                    + "\"language\":\"en\",\"parameters\":{\"username\":\"u1\",\"password\":\"p1\"}}}", Map.of());
            RunningWanotify.Reply refused = w.post("/v1/messages/" + secret.body().get("id").asText() + "/resend", "", Map.of());
            assertEquals(422, refused.status(), refused.raw().body());
        }
    }

    @Test
    void waitReturnsTheSendOutcome() {
        try (RunningWanotify w = new RunningWanotify(env())) {
            RunningWanotify.Reply sent = w.post("/v1/messages?wait=10", "{\"to\":\"+255781588379\",\"text\":{\"body\":\"hi\"}}", Map.of());
            assertEquals(200, sent.status(), sent.raw().body());
            assertTrue(sent.body().get("status").asText().matches("sent|delivered|read"), sent.raw().body());
            assertTrue(sent.body().get("whatsapp_message_id").asText().startsWith("wamid."));
        }
    }

    @Test
    void refusesBadRequestsWithProblems() {
        try (RunningWanotify w = new RunningWanotify(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("w.db")))) {
            RunningWanotify.Reply noRegion = w.post("/v1/messages", "{\"to\":\"0781588379\",\"text\":{\"body\":\"hi\"}}", Map.of());
            assertEquals(422, noRegion.status());
            assertEquals("to", noRegion.body().get("errors").get(0).get("field").asText());
            assertTrue(noRegion.raw().headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            assertEquals(400, w.post("/v1/messages", "{\"to\":\"+255781588379\",\"txt\":{}}", Map.of()).status());
            assertEquals(400, w.post("/v1/messages", "{\"to\":", Map.of()).status());
        }
    }
}
