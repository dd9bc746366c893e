package org.wanotify.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wanotify.adapters.http.ApiHarness.firstErrorField;
import static org.wanotify.adapters.http.ApiHarness.json;
import static org.wanotify.adapters.http.ApiHarness.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.ListMessagesQuery;
import org.wanotify.application.port.in.MessageNotFoundException;
import org.wanotify.application.port.out.MessagePage;

class ReadAndAuthRouteTest {

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
    void refusesARequestWithoutKeyWith401AndABearerChallenge() {
        HttpResponse<String> response = api.get("/v1/messages", Map.of());
        problem(response, 401);
        assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertTrue(api.stubs.listed.isEmpty());
    }

    @Test
    void refusesAnUnknownKeyOrSchemeWith401WithoutEchoingTheKey() {
        HttpResponse<String> bad = api.get("/v1/messages", Map.of("Authorization", "Bearer wk_stolen_secret"));
        assertFalse(problem(bad, 401).toString().contains("wk_stolen_secret"));
        problem(api.get("/v1/messages", Map.of("Authorization", "Basic " + StubUseCases.KEY)), 401);
        problem(api.post("/v1/messages", "{}", Map.of("Authorization", "Bearer ")), 401);
        assertTrue(api.stubs.sent.isEmpty() && api.stubs.listed.isEmpty());
        assertEquals(List.of("wk_stolen_secret"), api.stubs.presentedKeys);
    }

    @Test
    void showsTheFullMessageViewInSnakeCaseWithIsoInstants() {
        HttpResponse<String> response = api.get("/v1/messages/" + Fixtures.ID, StubUseCases.auth());

        assertEquals(200, response.statusCode(), response.body());
        JsonNode m = json(response);
        assertEquals(List.of("id", "status", "to", "type", "account", "whatsapp_message_id", "attempts", "next_attempt_at",
                "error", "events", "metadata", "callback_url", "sent_as", "created_at", "updated_at"), names(m));
        assertEquals("delivered", m.get("status").asText());
        assertEquals("template", m.get("type").asText());
        assertTrue(m.get("error").isNull());
        assertTrue(m.get("next_attempt_at").isNull());
        assertEquals("sent", m.get("events").get(1).get("status").asText());
        assertEquals("2026-11-21T10:00:05Z", m.get("events").get(2).get("at").asText());
        assertEquals("A-17", m.get("metadata").get("order_id").asText());
        assertEquals(List.of(Fixtures.ID), api.stubs.fetched);
    }

    @Test
    void showsAFailedMessagesErrorAndLeavesOutUnsetCallbackAndSentAs() {
        api.stubs.onGet = id -> Fixtures.failed();
        JsonNode m = json(api.get("/v1/messages/" + Fixtures.ID, StubUseCases.auth()));

        assertEquals(List.of("code", "title", "detail", "retryable", "hint"), names(m.get("error")));
        assertEquals("Message undeliverable", m.get("error").get("title").asText());
        assertFalse(m.has("callback_url"));
        assertFalse(m.has("sent_as"));
        assertTrue(m.get("whatsapp_message_id").isNull());
    }

    @Test
    void answersAnUnknownOrMalformedIdWith404() {
        api.stubs.onGet = id -> { throw new MessageNotFoundException("id", "no message " + id); };
        assertEquals("https://wanotify.org/problems/not-found",
                problem(api.get("/v1/messages/" + Fixtures.ID, StubUseCases.auth()), 404).get("type").asText());
        problem(api.get("/v1/messages/not-an-id", StubUseCases.auth()), 404);
        assertEquals(List.of(Fixtures.ID), api.stubs.fetched);
    }

    @Test
    void listsAPageWithTheNextCursorAndPassesTheFilters() {
        api.stubs.onList = q -> new MessagePage(List.of(Fixtures.delivered(), Fixtures.queued()), Fixtures.ID);

        HttpResponse<String> response = api.get("/v1/messages?status=delivered&to=%2B255781588379&limit=2&cursor=msg_X",
                StubUseCases.auth());

        assertEquals(200, response.statusCode(), response.body());
        JsonNode page = json(response);
        assertEquals(List.of("data", "next_cursor"), names(page));
        assertEquals(2, page.get("data").size());
        assertEquals("delivered", page.get("data").get(0).get("status").asText());
        assertEquals(Fixtures.ID, page.get("next_cursor").asText());
        assertEquals(new ListMessagesQuery("delivered", "+255781588379", 2, "msg_X"), api.stubs.listed.get(0));
    }

    @Test
    void endsPagingWithANullCursor() {
        JsonNode page = json(api.get("/v1/messages", StubUseCases.auth()));
        assertTrue(page.get("next_cursor").isNull());
        assertEquals(new ListMessagesQuery(null, null, null, null), api.stubs.listed.get(0));
    }

    @Test
    void refusesAnInvalidStatusOrLimitWith400NamingTheParameter() {
        assertEquals("status", firstErrorField(problem(api.get("/v1/messages?status=DELIVERED", StubUseCases.auth()), 400)));
        assertEquals("limit", firstErrorField(problem(api.get("/v1/messages?limit=0", StubUseCases.auth()), 400)));
        assertEquals("limit", firstErrorField(problem(api.get("/v1/messages?limit=101", StubUseCases.auth()), 400)));
        assertEquals("limit", firstErrorField(problem(api.get("/v1/messages?limit=ten", StubUseCases.auth()), 400)));
        assertTrue(api.stubs.listed.isEmpty());
    }

    static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
