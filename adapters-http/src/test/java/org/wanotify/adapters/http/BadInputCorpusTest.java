package org.wanotify.adapters.http;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wanotify.adapters.http.ApiHarness.problem;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and sloppy requests: each must get a 4xx problem, never a 2xx, a 5xx, HTML or a stack trace. */
class BadInputCorpusTest {

    private static final ApiHarness api = new ApiHarness();
    private static final String TO = "\"to\":\"+255781588379\"";

    @AfterAll
    static void stop() {
        api.close();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                bad("objects nested 40 deep", "{" + TO + ",\"interactive\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + "}"),
                bad("arrays nested 1000 deep", "[".repeat(1000) + "]".repeat(1000)),
                bad("unclosed nesting", "{\"a\":" + "[".repeat(5000)),
                bad("string of 60k characters", "{" + TO + ",\"text\":{\"body\":\"" + "x".repeat(60_000) + "\"}}"),
                bad("text over Meta's 4096", "{" + TO + ",\"text\":{\"body\":\"" + "x".repeat(4097) + "\"}}"),
                bad("body over 64 KiB", "{" + TO + ",\"text\":{\"body\":\"" + "x".repeat(70_000) + "\"}}"),
                bad("field name of 5k characters", "{\"" + "k".repeat(5000) + "\":1}"),
                bad("number of 500 digits", "{" + TO + ",\"sensitive\":" + "9".repeat(500) + "}"),
                bad("NaN literal", "{" + TO + ",\"sensitive\":NaN}"),
                bad("null body", "null"),
                bad("empty body", ""),
                bad("array body", "[]"),
                bad("string body", "\"hello\""),
                bad("number body", "42"),
                bad("to is null", "{\"to\":null,\"text\":{\"body\":\"a\"}}"),
                bad("only a null text", "{" + TO + ",\"text\":null}"),
                bad("text is an array", "{" + TO + ",\"text\":[\"a\"]}"),
                bad("template is an array", "{" + TO + ",\"template\":[]}"),
                bad("metadata is an array", "{" + TO + ",\"text\":{\"body\":\"a\"},\"metadata\":[]}"),
                bad("metadata is a string", "{" + TO + ",\"text\":{\"body\":\"a\"},\"metadata\":\"x\"}"),
                bad("metadata value is null", "{" + TO + ",\"text\":{\"body\":\"a\"},\"metadata\":{\"k\":null}}"),
                bad("to is an object", "{\"to\":{\"a\":1},\"text\":{\"body\":\"a\"}}"),
                bad("to is a number", "{\"to\":255781588379,\"text\":{\"body\":\"a\"}}"),
                bad("preview_url is a string", "{" + TO + ",\"text\":{\"body\":\"a\",\"preview_url\":\"yes\"}}"),
                bad("sensitive is a string", "{" + TO + ",\"text\":{\"body\":\"a\"},\"sensitive\":\"true\"}"),
                bad("unicode field name", "{\"tö\":\"+255781588379\",\"text\":{\"body\":\"a\"}}"),
                bad("prototype pollution key", "{" + TO + ",\"text\":{\"body\":\"a\"},\"__proto__\":{\"admin\":true}}"),
                bad("zero-width space in template name", "{" + TO + ",\"template\":{\"name\":\"wifi\u200b\",\"language\":\"en\"}}"),
                bad("right-to-left override in language", "{" + TO + ",\"template\":{\"name\":\"wifi\",\"language\":\"en\u202e\"}}"),
                bad("emoji metadata key over 40", "{" + TO + ",\"text\":{\"body\":\"a\"},\"metadata\":{\"" + "😀".repeat(41) + "\":\"v\"}}"),
                bad("blank text of unicode spaces", "{" + TO + ",\"text\":{\"body\":\"\u2003\u3000 \"}}"),
                bad("SQL injection in template name", "{" + TO + ",\"template\":{\"name\":\"x'; DROP TABLE messages;--\",\"language\":\"en\"}}"),
                bad("javascript callback url", "{" + TO + ",\"text\":{\"body\":\"a\"},\"callback_url\":\"javascript:alert(1)\"}"),
                bad("file link for a document", "{" + TO + ",\"document\":{\"link\":\"file:///etc/passwd\"}}"),
                bad("path traversal media id", "{" + TO + ",\"image\":{\"media_id\":\"../../etc/passwd\"}}"),
                bad("document with link and media id", "{" + TO + ",\"document\":{\"link\":\"https://x.example/a\",\"media_id\":\"1\"}}"),
                bad("duplicate keys", "{\"to\":\"+255781588379\",\"to\":\"+255700000000\",\"text\":{\"body\":\"a\"}}"),
                bad("trailing garbage", "{" + TO + ",\"text\":{\"body\":\"a\"}} {\"again\":1}"),
                bad("comment", "{" + TO + ", /* hi */ \"text\":{\"body\":\"a\"}}"),
                bad("single quotes", "{'to':'+255781588379','text':{'body':'a'}}"),
                bad("trailing comma", "{" + TO + ",\"text\":{\"body\":\"a\"},}"),
                bad("empty interactive", "{" + TO + ",\"interactive\":{}}"),
                bad("components is a string", "{" + TO + ",\"template\":{\"name\":\"t\",\"language\":\"en\",\"components\":\"x\"}}"),
                bad("parameters is a string", "{" + TO + ",\"template\":{\"name\":\"t\",\"language\":\"en\",\"parameters\":\"x\"}}"),
                bad("parameter name with a space", "{" + TO + ",\"template\":{\"name\":\"t\",\"language\":\"en\",\"parameters\":{\"user name\":\"x\"}}}"),
                bad("parameter is null", "{" + TO + ",\"template\":{\"name\":\"t\",\"language\":\"en\",\"parameters\":[null]}}"),
                bad("all five kinds at once", "{" + TO + ",\"text\":{\"body\":\"a\"},\"template\":{\"name\":\"t\",\"language\":\"en\"},"
                        + "\"document\":{\"link\":\"https://x.example/a\"},\"image\":{\"link\":\"https://x.example/a\"},\"interactive\":{\"type\":\"button\"}}"));
    }

    private static Arguments bad(String name, String body) {
        return Arguments.of(name, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void answersEveryBadBodyWithA4xxProblem(String name, String body) {
        assertClientProblem(api.post("/v1/messages", body, StubUseCases.auth()));
    }

    @Test
    void answersInvalidUtf8WithA400Problem() {
        byte[] prefix = ("{" + TO + ",\"text\":{\"body\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 4];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28;
        body[prefix.length + 2] = '"';
        body[prefix.length + 3] = '}';
        problem(api.post("/v1/messages", body, StubUseCases.auth()), 400);
    }

    @Test
    void answersBadParametersAndHeadersWith4xxProblems() {
        String ok = "{" + TO + ",\"text\":{\"body\":\"a\"}}";
        Map<String, String> longKey = new HashMap<>(StubUseCases.auth());
        longKey.put("Idempotency-Key", "k".repeat(300));
        List<HttpResponse<String>> answers = List.of(
                api.post("/v1/messages?wait=1e3", ok, StubUseCases.auth()),
                api.post("/v1/messages?wait=99999999999999", ok, StubUseCases.auth()),
                api.post("/v1/messages", ok, longKey),
                api.get("/v1/messages?status=%27%20OR%201%3D1--", StubUseCases.auth()),
                api.get("/v1/messages?limit=-5", StubUseCases.auth()),
                api.get("/v1/messages/%3Cscript%3E", StubUseCases.auth()),
                api.get("/v1/messages?cursor=" + "c".repeat(300), StubUseCases.auth()));
        answers.forEach(BadInputCorpusTest::assertClientProblem);
    }

    private static void assertClientProblem(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, () -> response.statusCode() + " " + response.body());
        problem(response, response.statusCode());
    }
}
