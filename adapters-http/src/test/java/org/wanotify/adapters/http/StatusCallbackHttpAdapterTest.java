package org.wanotify.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.out.StatusCallback;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.SendFailure;

class StatusCallbackHttpAdapterTest {
    private static final String SECRET = "callback-secret-0123456789";
    private final HttpServer server;
    private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(204);

    StatusCallbackHttpAdapterTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            bodies.add(ex.getRequestBody().readAllBytes());
            signatures.add(ex.getRequestHeaders().getFirst("X-Wanotify-Signature"));
            ex.sendResponseHeaders(answer.get(), -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Test
    void postsTheApiShapeSignedWithTheSecret() throws IOException {
        StatusCallback failed = new StatusCallback("msg_01JDCCCCCCCCCCCCCCCCCCCCCC", MessageStatus.FAILED, "+255781588379", "wamid.F",
                SendFailure.describe(131047, "Re-engagement message", "24 hours passed", null), Map.of("order_id", "A-17"),
                Instant.parse("2026-11-21T10:00:00Z"));
        assertNull(new StatusCallbackHttpAdapter(Duration.ofSeconds(5)).post(url(), failed, SECRET));

        byte[] body = bodies.get(0);
        assertEquals(StatusCallbackHttpAdapter.signature(SECRET, body), signatures.get(0));
        assertTrue(signatures.get(0).matches("sha256=[0-9a-f]{64}"));
        JsonNode json = new ObjectMapper().readTree(body);
        assertEquals("msg_01JDCCCCCCCCCCCCCCCCCCCCCC", json.get("id").asText());
        assertEquals("failed", json.get("status").asText());
        assertEquals("+255781588379", json.get("to").asText());
        assertEquals("wamid.F", json.get("whatsapp_message_id").asText());
        assertEquals(131047, json.get("error").get("code").asInt());
        assertTrue(json.get("error").get("hint").asText().contains("template"));
        assertEquals("A-17", json.get("metadata").get("order_id").asText());
        assertEquals("2026-11-21T10:00:00Z", json.get("at").asText());
    }

    @Test
    void reportsNon2xxAndUnreachableReceiversAsProblems() {
        StatusCallback sent = new StatusCallback("msg_01JDCCCCCCCCCCCCCCCCCCCCCC", MessageStatus.SENT, "+255781588379", "wamid.S", null,
                Map.of(), Instant.parse("2026-11-21T10:00:00Z"));
        answer.set(500);
        assertEquals("HTTP 500", new StatusCallbackHttpAdapter(Duration.ofSeconds(5)).post(url(), sent, SECRET));
        answer.set(302);
        assertEquals("HTTP 302", new StatusCallbackHttpAdapter(Duration.ofSeconds(5)).post(url(), sent, SECRET));
        String url = url();
        server.stop(0);
        assertTrue(new StatusCallbackHttpAdapter(Duration.ofSeconds(2)).post(url, sent, SECRET).startsWith("connection failed"));
    }
}
