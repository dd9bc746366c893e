package org.wanotify.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wanotify.adapters.http.ApiHarness.firstErrorField;
import static org.wanotify.adapters.http.ApiHarness.json;
import static org.wanotify.adapters.http.ApiHarness.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.AccountForbiddenException;
import org.wanotify.application.port.in.AccountNotFoundException;
import org.wanotify.application.port.in.IdempotencyConflictException;
import org.wanotify.application.port.in.SendMessageCommand;
import org.wanotify.application.port.in.SendMessageResult;
import org.wanotify.domain.notification.DocumentContent;
import org.wanotify.domain.notification.InteractiveContent;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.recipient.InvalidPhoneNumberException;
import org.wanotify.domain.template.TemplateParameters;

class SendMessageRouteTest {

    private static final String TEXT = """
            { "to": "0781588379",
              "text": { "body": "Your WiFi login: user123 / pass456", "preview_url": false },
              "account": "default",
              "callback_url": "https://pay.example.com/hooks/whatsapp",
              "metadata": { "order_id": "A-17" } }""";

    private static final ApiHarness api = new ApiHarness();

    @BeforeEach
    void reset() {
        api.stubs.reset();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private HttpResponse<String> post(String body) {
        return api.post("/v1/messages", body, StubUseCases.auth());
    }

    private HttpResponse<String> post(String body, String query, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(StubUseCases.auth());
        headers.putAll(extra);
        return api.post("/v1/messages" + query, body, headers);
    }

    @Test
    void acceptsATextMessageWith202LocationAndTheShortView() {
        HttpResponse<String> response = post(TEXT);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("/v1/messages/" + Fixtures.ID, response.headers().firstValue("Location").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode body = json(response);
        assertEquals(List.of("id", "status", "to", "type", "account", "created_at"), fieldNames(body));
        assertEquals(Fixtures.ID, body.get("id").asText());
        assertEquals("queued", body.get("status").asText());
        assertEquals("+255781588379", body.get("to").asText());
        assertEquals("text", body.get("type").asText());
        assertEquals("2026-11-21T10:00:00Z", body.get("created_at").asText());
    }

    @Test
    void handsTheUseCaseEverythingTheRequestSaid() {
        post(TEXT, "?wait=0", Map.of("Idempotency-Key", "order-A-17"));

        SendMessageCommand c = api.stubs.sent.get(0);
        assertEquals(StubUseCases.CALLER, c.caller());
        assertEquals("0781588379", c.to());
        assertEquals("default", c.account());
        assertEquals(new TextContent("Your WiFi login: user123 / pass456", false), c.content());
        assertEquals(Map.of("order_id", "A-17"), c.metadata());
        assertEquals("https://pay.example.com/hooks/whatsapp", c.callbackUrl());
        assertEquals("order-A-17", c.idempotencyKey());
        assertTrue(c.fingerprint().matches("[0-9a-f]{64}"), c.fingerprint());
        assertEquals(Duration.ZERO, c.waitFor());
        assertEquals(null, c.fallbackTemplate());
    }

    @Test
    void fingerprintIgnoresWhitespaceAndKeyOrderButNotContent() {
        post("{\"to\":\"+255781588379\",\"text\":{\"body\":\"hi\",\"preview_url\":true}}");
        post("{ \"text\" : { \"preview_url\" : true , \"body\" : \"hi\" } ,\n \"to\" : \"+255781588379\" }");
        post("{\"to\":\"+255781588379\",\"text\":{\"body\":\"hi!\",\"preview_url\":true}}");

        List<SendMessageCommand> sent = api.stubs.sent;
        assertEquals(sent.get(0).fingerprint(), sent.get(1).fingerprint());
        assertNotEquals(sent.get(0).fingerprint(), sent.get(2).fingerprint());
    }

    @Test
    void acceptsASendToAPausedAccountWith202AndAWarning() {
        api.stubs.onSend = c -> new SendMessageResult(Fixtures.queued(), false, false, "account 'default' is paused (token expired)");

        HttpResponse<String> response = post(TEXT, "", Map.of());

        assertEquals(202, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals("queued", body.get("status").asText());
        assertEquals("account 'default' is paused (token expired)", body.get("warning").asText());
    }

    @Test
    void leavesTheWarningOutWhenThereIsNone() {
        HttpResponse<String> response = post(TEXT, "", Map.of());

        assertEquals(202, response.statusCode(), response.body());
        assertFalse(json(response).has("warning"));
    }

    @Test
    void answersAReplayWith200AndTheFullView() {
        api.stubs.onSend = c -> new SendMessageResult(Fixtures.delivered(), true, false);

        HttpResponse<String> response = post(TEXT, "", Map.of("Idempotency-Key", "k1"));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("true", response.headers().firstValue("Idempotent-Replayed").orElseThrow());
        JsonNode body = json(response);
        assertEquals("delivered", body.get("status").asText());
        assertEquals("wamid.HBgL", body.get("whatsapp_message_id").asText());
        assertTrue(body.has("events"));
    }

    @Test
    void answersAWaitedSendWith200AndTheOutcome() {
        api.stubs.onSend = c -> new SendMessageResult(Fixtures.failed(), false, true);

        HttpResponse<String> response = post(TEXT, "?wait=5", Map.of());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(Duration.ofSeconds(5), api.stubs.sent.get(0).waitFor());
        JsonNode body = json(response);
        assertEquals("failed", body.get("status").asText());
        assertEquals(131026, body.get("error").get("code").asInt());
        assertFalse(body.get("error").get("retryable").asBoolean());
    }

    @Test
    void turnsPositionalAndNamedTemplateParametersIntoTheirDomainKinds() {
        post("{\"to\":\"+255781588379\",\"template\":{\"name\":\"wifi\",\"language\":\"en\",\"parameters\":[\"a\",\"b\"]}}");
        post("{\"to\":\"+255781588379\",\"template\":{\"name\":\"wifi\",\"language\":\"en\",\"parameters\":{\"username\":\"u\",\"plan\":\"p\"}}}");

        TemplateContent positional = assertInstanceOf(TemplateContent.class, api.stubs.sent.get(0).content());
        assertEquals(new TemplateParameters.Positional(List.of("a", "b")), positional.parameters());
        TemplateContent named = assertInstanceOf(TemplateContent.class, api.stubs.sent.get(1).content());
        assertEquals(List.of("username", "plan"), List.copyOf(((TemplateParameters.Named) named.parameters()).values().keySet()));
    }

    @Test
    void passesDocumentsInteractivesAndFallbackTemplates() {
        post("{\"to\":\"+255781588379\",\"document\":{\"link\":\"https://x.example/a.pdf\",\"filename\":\"a.pdf\"},"
                + "\"fallback_template\":{\"name\":\"doc_ready\",\"language\":\"en_US\"}}");
        post("{\"to\":\"+255781588379\",\"interactive\":{\"type\":\"button\",\"body\":{\"text\":\"ok?\"}}}");

        DocumentContent doc = assertInstanceOf(DocumentContent.class, api.stubs.sent.get(0).content());
        assertEquals("https://x.example/a.pdf", doc.source().link());
        assertEquals("doc_ready", api.stubs.sent.get(0).fallbackTemplate().name());
        InteractiveContent interactive = assertInstanceOf(InteractiveContent.class, api.stubs.sent.get(1).content());
        assertEquals("button", interactive.interactive().get("type"));
    }

    @Test
    void refusesAnUnknownFieldWith400NamingItsPath() {
        JsonNode p = problem(post("{\"to\":\"+255781588379\",\"text\":{\"bodyy\":\"hi\"}}"), 400);
        assertEquals("text.bodyy", firstErrorField(p));
        assertTrue(api.stubs.sent.isEmpty());
    }

    @Test
    void refusesMalformedJsonWith400SayingWhere() {
        JsonNode p = problem(post("{\"to\": \"+255781588379\",\n \"text\": {\"body\": \"hi\",}}"), 400);
        assertTrue(p.get("detail").asText().contains("line 2"), p.toString());
    }

    @Test
    void refusesAStringWhereAnObjectBelongsWith400NamingTheField() {
        JsonNode p = problem(post("{\"to\":\"+255781588379\",\"text\":\"hi\"}"), 400);
        assertEquals("text", firstErrorField(p));
        assertEquals("must be an object", p.path("errors").path(0).path("message").asText());
    }

    @Test
    void refusesANonStringTemplateParameterWith400() {
        JsonNode p = problem(post("{\"to\":\"+255781588379\",\"template\":{\"name\":\"t\",\"language\":\"en\",\"parameters\":[\"a\",7]}}"), 400);
        assertEquals("template.parameters[1]", firstErrorField(p));
    }

    @Test
    void requiresExactlyOneKindOfContent() {
        assertEquals("text", firstErrorField(problem(post("{\"to\":\"+255781588379\"}"), 422)));
        JsonNode two = problem(post("{\"to\":\"+255781588379\",\"text\":{\"body\":\"a\"},\"image\":{\"link\":\"https://x.example/i.png\"}}"), 422);
        assertEquals(List.of("text", "image"), two.get("errors").findValuesAsText("field"));
    }

    @Test
    void refusesInvalidContentWith422NamingTheDomainField() {
        assertEquals("text.body", firstErrorField(problem(post("{\"to\":\"+255781588379\",\"text\":{\"body\":\" \"}}"), 422)));
        assertEquals("fallback_template.language", firstErrorField(problem(post(
                "{\"to\":\"+255781588379\",\"text\":{\"body\":\"a\"},\"fallback_template\":{\"name\":\"t\",\"language\":\"English\"}}"), 422)));
        assertEquals("document", firstErrorField(problem(post("{\"to\":\"+255781588379\",\"document\":{}}"), 422)));
    }

    @Test
    void refusesACallbackUrlThatIsNotAbsoluteHttp() {
        assertEquals("callback_url", firstErrorField(problem(post(
                "{\"to\":\"+255781588379\",\"text\":{\"body\":\"a\"},\"callback_url\":\"ftp://x.example/h\"}"), 422)));
        assertEquals("callback_url", firstErrorField(problem(post(
                "{\"to\":\"+255781588379\",\"text\":{\"body\":\"a\"},\"callback_url\":\"/hooks\"}"), 422)));
    }

    @Test
    void limitsMetadataToTwentyKeysOfShortStrings() {
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
        }
        many.append('}');
        assertEquals("metadata", firstErrorField(problem(post(
                "{\"to\":\"+255781588379\",\"text\":{\"body\":\"a\"},\"metadata\":" + many + "}"), 422)));
        assertEquals("metadata.k", firstErrorField(problem(post(
                "{\"to\":\"+255781588379\",\"text\":{\"body\":\"a\"},\"metadata\":{\"k\":\"" + "x".repeat(501) + "\"}}"), 422)));
        assertEquals("metadata.k", firstErrorField(problem(post(
                "{\"to\":\"+255781588379\",\"text\":{\"body\":\"a\"},\"metadata\":{\"k\":5}}"), 400)));
    }

    @Test
    void refusesAnOverlongIdempotencyKeyOrBadWaitWith400NamingThem() {
        assertEquals("Idempotency-Key", firstErrorField(problem(post(TEXT, "", Map.of("Idempotency-Key", "k".repeat(256))), 400)));
        assertEquals("wait", firstErrorField(problem(post(TEXT, "?wait=31", Map.of()), 400)));
        assertEquals("wait", firstErrorField(problem(post(TEXT, "?wait=-1", Map.of()), 400)));
        assertEquals("wait", firstErrorField(problem(post(TEXT, "?wait=abc", Map.of()), 400)));
        assertTrue(api.stubs.sent.isEmpty());
    }

    @Test
    void mapsUseCaseRefusalsToTheirStatuses() {
        api.stubs.onSend = c -> { throw new InvalidPhoneNumberException("to", "'07' is not a number for region TZ"); };
        JsonNode invalid = problem(post(TEXT), 422);
        assertEquals("to", firstErrorField(invalid));
        assertEquals("https://wanotify.org/problems/validation", invalid.get("type").asText());

        api.stubs.onSend = c -> { throw new AccountNotFoundException(null, "no account shop-b"); };
        assertEquals("account", firstErrorField(problem(post(TEXT), 422)));

        api.stubs.onSend = c -> { throw new AccountForbiddenException("account", "this key may not use shop-b"); };
        problem(post(TEXT), 403);

        api.stubs.onSend = c -> { throw new IdempotencyConflictException("Idempotency-Key", "used with another body"); };
        problem(post(TEXT, "", Map.of("Idempotency-Key", "k1")), 409);
    }

    @Test
    void refusesABodyOverTheLimitWith413WhetherDeclaredOrChunked() {
        String big = "{\"to\":\"+255781588379\",\"text\":{\"body\":\"" + "x".repeat(70_000) + "\"}}";
        problem(api.post("/v1/messages", big, StubUseCases.auth()), 413);
        problem(api.postChunked("/v1/messages", big.getBytes(), StubUseCases.auth()), 413);
        assertTrue(api.stubs.sent.isEmpty());
    }

    @Test
    void refusesTooDeepNestingAndTooLongStringsWith400() {
        String deep = "{\"to\":\"+255781588379\",\"interactive\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + "}";
        assertTrue(problem(post(deep), 400).get("detail").asText().contains("nested deeper than 32"));
        String longString = "{\"to\":\"+255781588379\",\"text\":{\"body\":\"" + "x".repeat(20_000) + "\"}}";
        assertTrue(problem(post(longString), 400).get("detail").asText().contains("longer than"));
    }

    @Test
    void hidesUnexpectedFailuresBehindA500WithAReference() {
        api.stubs.onSend = c -> { throw new IllegalStateException("db password is hunter2"); };
        JsonNode p = problem(post(TEXT), 500);
        assertFalse(p.toString().contains("hunter2"));
        assertTrue(p.get("detail").asText().contains("reference"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
