package org.wanotify.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wanotify.adapters.http.ApiHarness.json;
import static org.wanotify.adapters.http.ApiHarness.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.Health;

class HealthAndErrorPagesTest {

    private static final ApiHarness api = new ApiHarness();

    @BeforeEach
    void reset() {
        api.stubs.reset();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void reportsHealthWithoutAKey() {
        HttpResponse<String> response = api.get("/health", Map.of());

        assertEquals(200, response.statusCode(), response.body());
        JsonNode h = json(response);
        assertEquals(List.of("status", "mode", "db", "accounts"), ReadAndAuthRouteTest.names(h));
        assertEquals("sandbox", h.get("mode").asText());
        assertEquals("default", h.get("accounts").get(0).get("name").asText());
        assertEquals("active", h.get("accounts").get(0).get("state").asText());
    }

    @Test
    void answers503WhenTheServiceIsNotOk() {
        api.stubs.healthState = new Health("degraded", "live", "down",
                List.of(new Health.AccountHealth("default", "paused", "token expired")));

        HttpResponse<String> response = api.get("/health", Map.of());

        assertEquals(503, response.statusCode(), response.body());
        assertEquals("down", json(response).get("db").asText());
        assertTrue(!response.body().contains("token expired"), "paused reasons stay behind the API key");
    }

    @Test
    void answersAnUnknownRouteWithA404Problem() {
        problem(api.get("/nope", Map.of()), 404);
        problem(api.get("/v1/nope", StubUseCases.auth()), 404);
    }

    @Test
    void answersAWrongMethodWithA405Problem() {
        problem(api.request("DELETE", "/health", Map.of()), 405);
    }

    @Test
    void answersARequestJettyCannotParseWithAProblemToo() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(!answer.contains("<html"), answer);
        }
    }
}
