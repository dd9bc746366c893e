package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and malformed input through the real application: every answer is a 4xx problem+json
 * (never a 5xx, never a success), and the service is healthy afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INJECTIONS = List.of("' OR '1'='1' --", "\"; DROP TABLE messages; --", "<script>alert(1)</script>",
            "${jndi:ldap://evil.example/a}", "../../../../etc/passwd", "{{7*7}}", "%00%0d%0aSet-Cookie: x=1", "\u0000", "$(rm -rf /)");

    @TempDir
    static Path dir;
    private RunningWanotify w;
    private final HttpClient client = HttpClient.newHttpClient();

    record Case(String name, String method, String path, byte[] body, Map<String, String> headers) {
        Case withPath(String p) {
            return new Case(name, method, p, body, headers);
        }
    }

    @BeforeAll
    void start() {
        w = new RunningWanotify(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("corpus.db"),
                "WANOTIFY_DEFAULT_REGION", "TZ", "WANOTIFY_RATE_LIMIT", "100000"));
    }

    @AfterAll
    void stop() {
        w.close();
    }

    private static Case msg(String name, String json) {
        return new Case(name, "POST", "/v1/messages", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static Case raw(String name, String method, String path, byte[] body) {
        return new Case(name, method, path, body, Map.of());
    }

    private static String text(String to) {
        return "{\"to\":" + to + ",\"text\":{\"body\":\"hi\"}}";
    }

    private static String q(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        // malformed JSON
        for (String bad : List.of("", "{", "}", "[", "null", "true", "1", "\"text\"", "[]", "{\"to\":}", "{'to':'+255781588379'}",
                "{\"to\":\"+255781588379\",}", "{\"to\":\"+255781588379\"}{}", "{\"to\":NaN}", "// c\n{}", "{\"to\":\"+255781588379\" \"text\":{}}",
                "{\"to\":\"+255781588379\",\"to\":\"+255781588380\",\"text\":{\"body\":\"x\"}}", "\uFEFF{\"to\":\"+255781588379\"}",
                "{\"text\":{\"body\":\"unterminated}}", "{\"to\":\"\\uZZZZ\"}")) {
            c.add(msg("malformed json: " + bad, bad));
        }
        c.add(raw("invalid UTF-8 bytes", "POST", "/v1/messages", new byte[] {'{', '"', 't', 'o', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        // wrong types
        for (String to : List.of("123", "true", "[]", "{}", "null", "1.5", "[\"+255781588379\"]")) {
            c.add(msg("to as " + to, text(to)));
        }
        for (String v : List.of("\"str\"", "1", "[]", "true", "{\"body\":1}", "{\"body\":{}}", "{\"body\":[]}", "{\"body\":\"x\",\"preview_url\":\"yes\"}",
                "{\"body\":\"x\",\"extra\":1}", "{}", "{\"body\":\"\"}", "{\"body\":\"   \"}")) {
            c.add(msg("text as " + v, "{\"to\":\"+255781588379\",\"text\":" + v + "}"));
        }
        for (String v : List.of("\"str\"", "[1]", "{\"a\":{}}", "{\"a\":1}", "{\"a\":[\"x\"]}", "1")) {
            c.add(msg("metadata as " + v, "{\"to\":\"+255781588379\",\"text\":{\"body\":\"x\"},\"metadata\":" + v + "}"));
        }
        for (String v : List.of("1", "\"ftp://x.example\"", "\"not a url\"", "\"javascript:alert(1)\"", "\"http://\"", "[]")) {
            c.add(msg("callback_url " + v, "{\"to\":\"+255781588379\",\"text\":{\"body\":\"x\"},\"callback_url\":" + v + "}"));
        }
        for (String v : List.of("1", "\"x\"", "{\"name\":1,\"language\":\"en\"}", "{\"name\":\"a b\",\"language\":\"en\"}",
                "{\"name\":\"ok\",\"language\":\"english!\"}", "{\"name\":\"ok\",\"language\":\"en\",\"parameters\":1}",
                "{\"name\":\"ok\",\"language\":\"en\",\"parameters\":{\"Bad Name\":\"x\"}}", "{\"name\":\"ok\",\"language\":\"en\",\"parameters\":[\"\"]}",
                "{\"name\":\"ok\",\"language\":\"en\",\"parameters\":{\"a\":1}}")) {
            c.add(msg("template " + v, "{\"to\":\"+255781588379\",\"template\":" + v + "}"));
        }
        c.add(msg("two contents", "{\"to\":\"+255781588379\",\"text\":{\"body\":\"x\"},\"image\":{\"link\":\"https://x.example/a.png\"}}"));
        c.add(msg("no content", "{\"to\":\"+255781588379\"}"));
        c.add(msg("unknown field", "{\"to\":\"+255781588379\",\"text\":{\"body\":\"x\"},\"priority\":\"high\"}"));
        c.add(msg("sensitive as string", "{\"to\":\"+255781588379\",\"text\":{\"body\":\"x\"},\"sensitive\":\"yes\"}"));
        // bad numbers
        for (String to : List.of("+1", "0000", "+999999999999999", "+2557815883791234567", "abc", "", " ", "++255781588379", "+255-78-ABC-379",
                "+255 781 588 37", "0", "-255781588379", "+0255781588379", "1e10", "+255781588379x")) {
            c.add(msg("number " + to, text(q(to))));
        }
        // unicode edge cases in fields where they cannot be valid
        for (String u : List.of("😀😀😀", "\u202e973885187552+", "\u0000+255781588379", "+255\u200b78158837", "ü", "\ud800")) {
            c.add(msg("unicode number " + u.codePoints().limit(3).boxed().toList(), text(q(u))));
            c.add(msg("unicode account " + u.codePoints().limit(3).boxed().toList(),
                    "{\"to\":\"+255781588379\",\"account\":" + q(u) + ",\"text\":{\"body\":\"x\"}}"));
        }
        c.add(msg("emoji template name", "{\"to\":\"+255781588379\",\"template\":{\"name\":\"😀\",\"language\":\"en\"}}"));
        // injection strings in every field that has a rule
        for (String inj : INJECTIONS) {
            c.add(msg("injection in to: " + inj, text(q(inj))));
            c.add(msg("injection in account: " + inj, "{\"to\":\"+255781588379\",\"account\":" + q(inj) + ",\"text\":{\"body\":\"x\"}}"));
            c.add(msg("injection in template name: " + inj, "{\"to\":\"+255781588379\",\"template\":{\"name\":" + q(inj) + ",\"language\":\"en\"}}"));
            c.add(msg("injection in callback_url: " + inj, "{\"to\":\"+255781588379\",\"text\":{\"body\":\"x\"},\"callback_url\":" + q(inj) + "}"));
            c.add(new Case("injection in account create: " + inj, "POST", "/v1/accounts",
                    ("{\"name\":" + q(inj) + ",\"phone_number_id\":\"123\",\"access_token\":\"t\"}").getBytes(StandardCharsets.UTF_8), Map.of()));
            c.add(new Case("injection in api key accounts: " + inj, "POST", "/v1/api-keys",
                    ("{\"name\":\"k\",\"accounts\":[" + q(inj) + "]}").getBytes(StandardCharsets.UTF_8), Map.of()));
        }
        // huge strings and deep nesting
        c.add(msg("body over 64 KiB", "{\"to\":\"+255781588379\",\"text\":{\"body\":\"" + "x".repeat(70_000) + "\"}}"));
        c.add(msg("huge number", text(q("9".repeat(10_000)))));
        c.add(msg("huge account", "{\"to\":\"+255781588379\",\"account\":" + q("a".repeat(10_000)) + ",\"text\":{\"body\":\"x\"}}"));
        c.add(msg("huge metadata value", "{\"to\":\"+255781588379\",\"text\":{\"body\":\"x\"},\"metadata\":{\"a\":" + q("v".repeat(20_000)) + "}}"));
        c.add(msg("text body over WhatsApp's 4096", "{\"to\":\"+255781588379\",\"text\":{\"body\":" + q("b".repeat(5000)) + "}}"));
        c.add(msg("deeply nested metadata", "{\"to\":\"+255781588379\",\"text\":{\"body\":\"x\"},\"metadata\":" + "{\"a\":".repeat(1000) + "1" + "}".repeat(1000) + "}"));
        c.add(msg("deeply nested array", "[".repeat(5000) + "]".repeat(5000)));
        c.add(msg("huge integer", text("1" + "0".repeat(500))));
        // accounts and API keys
        for (String body : List.of("{\"name\":\"shop\",\"phone_number_id\":\"12a\",\"access_token\":\"t\"}", "{\"name\":\"shop\",\"phone_number_id\":\"1\",\"access_token\":\"t\",\"mps\":0}",
                "{\"name\":\"shop\",\"phone_number_id\":\"1\",\"access_token\":\"t\",\"mps\":-5}", "{\"name\":\"shop\",\"phone_number_id\":\"1\",\"access_token\":\"t\",\"mps\":1.5}",
                "{\"name\":\"shop\",\"phone_number_id\":\"1\",\"access_token\":\"t\",\"mps\":\"80\"}", "{\"name\":\"shop\",\"phone_number_id\":\"1\",\"access_token\":\"t\",\"mps\":99999999999999999999}",
                "{\"name\":\"shop\",\"phone_number_id\":\"1\",\"access_token\":\"t\",\"api_version\":\"23\"}", "{\"name\":\"shop\",\"phone_number_id\":\"1\",\"access_token\":\"t\",\"default_region\":\"XX\"}",
                "{\"name\":\"shop\",\"phone_number_id\":\"1\",\"access_token\":\"t\",\"test_recipients\":\"+255781588379\"}",
                "{\"name\":\"shop\",\"phone_number_id\":\"1\",\"access_token\":\"tok en\"}", "{\"name\":\"shop\",\"phone_number_id\":\"1\"}",
                "{\"name\":\"shop\",\"phone_number_id\":\"1\",\"access_token\":\"t\",\"state\":\"paused\"}", "{\"phone_number_id\":\"1\",\"access_token\":\"t\"}")) {
            c.add(new Case("account " + body, "POST", "/v1/accounts", body.getBytes(StandardCharsets.UTF_8), Map.of()));
        }
        c.add(new Case("patch unknown account", "PATCH", "/v1/accounts/nope", "{\"mps\":5}".getBytes(StandardCharsets.UTF_8), Map.of()));
        c.add(new Case("patch renames", "PATCH", "/v1/accounts/default", "{\"name\":\"other\"}".getBytes(StandardCharsets.UTF_8), Map.of()));
        for (String body : List.of("{}", "{\"name\":\"\"}", "{\"name\":\"k\",\"accounts\":[]}", "{\"name\":\"k\",\"accounts\":\"default\"}",
                "{\"name\":\"k\",\"accounts\":[\"nope\"]}", "{\"name\":\"k\",\"callback_url\":\"ftp://x\"}", "{\"name\":1}")) {
            c.add(new Case("api key " + body, "POST", "/v1/api-keys", body.getBytes(StandardCharsets.UTF_8), Map.of()));
        }
        c.add(raw("revoke unknown key", "DELETE", "/v1/api-keys/key_nope", null));
        // query parameters, paths and headers
        for (String path : List.of("/v1/messages?limit=0", "/v1/messages?limit=abc", "/v1/messages?limit=101", "/v1/messages?status=lost",
                "/v1/messages/msg_nope", "/v1/messages/..%2F..%2Fetc%2Fpasswd", "/v1/audit?limit=0",
                "/v1/audit?cursor=-1", "/v1/audit?limit=abc", "/v1/accounts/%27%20OR%201%3D1", "/v1/nothing-here")) {
            c.add(raw("GET " + path, "GET", path, null));
        }
        c.add(msg("wait over 30 s", text("\"+255781588379\"")).withPath("/v1/messages?wait=31"));
        c.add(new Case("blank idempotency key", "POST", "/v1/messages", text("\"+255781588379\"").getBytes(StandardCharsets.UTF_8), Map.of("Idempotency-Key", " ")));
        c.add(new Case("huge idempotency key", "POST", "/v1/messages", text("\"+255781588379\"").getBytes(StandardCharsets.UTF_8),
                Map.of("Idempotency-Key", "k".repeat(300))));
        c.add(new Case("no API key", "GET", "/v1/messages", null, Map.of("Authorization", "")));
        c.add(new Case("wrong scheme", "GET", "/v1/messages", null, Map.of("Authorization", "Basic YWRtaW46YWRtaW4=")));
        c.add(new Case("unknown key", "GET", "/v1/messages", null, Map.of("Authorization", "Bearer ' OR 1=1 --")));
        c.add(new Case("webhook without signature", "POST", "/webhooks/whatsapp", "{\"entry\":[]}".getBytes(StandardCharsets.UTF_8), Map.of("Authorization", "")));
        c.add(new Case("webhook with bad signature", "POST", "/webhooks/whatsapp", "{\"entry\":[]}".getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "", "X-Hub-Signature-256", "sha256=zz")));
        c.add(new Case("webhook malformed", "POST", "/webhooks/whatsapp", "{".getBytes(StandardCharsets.UTF_8), Map.of("Authorization", "")));
        c.add(new Case("webhook challenge with wrong token", "GET", "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1", null,
                Map.of("Authorization", "")));
        return c;
    }

    @Test
    @Order(1)
    void corpusHasAtLeastAHundredCases() {
        assertTrue(corpus().size() >= 100, "cases: " + corpus().size());
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> everyBadRequestIsRefusedWithA4xxProblem() {
        return corpus().stream().map(c -> DynamicTest.dynamicTest(c.name().length() > 120 ? c.name().substring(0, 120) : c.name(), () -> {
            HttpResponse<String> r = exchange(c);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, c.name() + " → " + r.statusCode() + " " + r.body());
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0], c.name());
            JsonNode problem = JSON.readTree(r.body());
            assertEquals(r.statusCode(), problem.path("status").asInt(), r.body());
            assertTrue(problem.path("title").isTextual() && problem.path("detail").isTextual(), r.body());
        }));
    }

    @Test
    @Order(3)
    void serviceIsHealthyAfterTheCorpus() {
        RunningWanotify.Reply health = w.get("/health");
        assertEquals(200, health.status());
        assertEquals("ok", health.body().get("status").asText(), health.body().toString());
        assertEquals(202, w.post("/v1/messages", text("\"+255781588379\""), Map.of()).status(), "still accepts good input");
    }

    private HttpResponse<String> exchange(Case c) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.app.port()
                        + c.path())).timeout(Duration.ofSeconds(30))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()))
                .header("Content-Type", "application/json");
        String auth = c.headers().getOrDefault("Authorization", "Bearer " + RunningWanotify.ADMIN_KEY);
        if (!auth.isEmpty()) {
            b.header("Authorization", auth);
        }
        c.headers().forEach((k, v) -> {
            if (!k.equals("Authorization")) {
                b.header(k, v);
            }
        });
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
