package org.wanotify.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wanotify.adapters.http.ApiHarness.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.Conversation;

class ConversationRouteTest {
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
    void answersTheWindowInSnakeCase() {
        Instant last = Instant.parse("2026-11-21T09:00:00Z");
        api.stubs.conversation = new Conversation("shop-a", "+255781588379", true, last.plusSeconds(86_400), last);
        HttpResponse<String> r = api.get("/v1/conversations/+255781588379?account=shop-a", StubUseCases.auth());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertTrue(body.get("window_open").asBoolean());
        assertEquals("2026-11-22T09:00:00Z", body.get("window_expires_at").asText());
        assertEquals("2026-11-21T09:00:00Z", body.get("last_inbound_at").asText());
        assertEquals(List.of(Arrays.asList("shop-a", "+255781588379")), api.stubs.conversationLookups);
    }

    @Test
    void aCustomerWithoutAWindowHasNullTimes() {
        JsonNode body = json(api.get("/v1/conversations/0781588379", StubUseCases.auth()));
        assertEquals(false, body.get("window_open").asBoolean());
        assertTrue(body.get("window_expires_at").isNull());
        assertTrue(body.get("last_inbound_at").isNull());
        assertEquals(Arrays.asList(null, "0781588379"), api.stubs.conversationLookups.get(0));
    }

    @Test
    void needsAnApiKey() {
        assertEquals(401, api.get("/v1/conversations/0781588379", Map.of()).statusCode());
    }
}
