package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.adapters.whatsapp.sandbox.WebhookSignature;

/** Issue 6 end to end: accounts through the API, encrypted secrets, scoped keys, rotation, test numbers, redaction, audit. */
class AccountsSecuritySystemTest {
    private static final String ENV_TOKEN = "EAAG-env-default-token-7f3a";
    private static final String TOKEN_A = "EAAG-shop-a-token-91c2e7d4";
    private static final String TOKEN_A2 = "EAAG-shop-a-rotated-55aa11";
    private static final String TOKEN_B = "EAAG-shop-b-token-0b8d3f6e";
    private static final String SECRET_A = "app-secret-shop-a-1234";
    private static final String SECRET_B = "app-secret-shop-b-5678";
    private static final String ALL_TOKENS_REGEX = "EAAG-shop|app-secret-shop";

    @TempDir
    Path dir;
    private GraphStub graph;
    private RunningWanotify w;
    private PrintStream originalErr;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        originalErr = System.err;
        // slf4j-simple writes to whatever System.err is at the time: tee it to capture the service log
        System.setErr(new PrintStream(new TeeStream(originalErr, log), true, StandardCharsets.UTF_8));
        graph = new GraphStub();
        w = new RunningWanotify(Map.of("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("w.db"),
                "WHATSAPP_GRAPH_URL", graph.baseUrl(), "WHATSAPP_ACCESS_TOKEN", ENV_TOKEN, "WHATSAPP_PHONE_NUMBER_ID", "111111",
                "WHATSAPP_APP_SECRET", "env-app-secret", "WANOTIFY_DEFAULT_REGION", "TZ"));
    }

    @AfterEach
    void stop() {
        w.close();
        graph.close();
        System.setErr(originalErr);
    }

    private RunningWanotify.Reply admin(String method, String path, String json) {
        return w.call(method, path, json, RunningWanotify.ADMIN_KEY);
    }

    private void createShops() {
        RunningWanotify.Reply a = admin("POST", "/v1/accounts", "{\"name\":\"shop-a\",\"phone_number_id\":\"222222\",\"access_token\":\""
                + TOKEN_A + "\",\"app_secret\":\"" + SECRET_A + "\",\"default_region\":\"TZ\",\"waba_id\":\"900001\"}");
        assertEquals(201, a.status(), a.raw().body());
        assertEquals("set", a.body().get("access_token").asText());
        assertEquals("set", a.body().get("app_secret").asText());
        assertTrue(a.body().get("webhook_verify_token").isNull());
        RunningWanotify.Reply b = admin("POST", "/v1/accounts", "{\"name\":\"shop-b\",\"phone_number_id\":\"333333\",\"access_token\":\""
                + TOKEN_B + "\",\"app_secret\":\"" + SECRET_B + "\",\"default_region\":\"TZ\"}");
        assertEquals(201, b.status(), b.raw().body());
    }

    private String sendAs(String key, String account, String to) {
        RunningWanotify.Reply r = w.call("POST", "/v1/messages", "{\"to\":\"" + to + "\",\"account\":\"" + account
                + "\",\"text\":{\"body\":\"hello\"}}", key);
        assertEquals(202, r.status(), r.raw().body());
        return r.body().get("id").asText();
    }

    private JsonNode awaitSent(String id) throws InterruptedException {
        JsonNode m = w.getUntil("/v1/messages/" + id, b -> b.path("status").asText().matches("sent|failed")).body();
        assertEquals("sent", m.get("status").asText(), m.toString());
        return m;
    }

    private GraphStub.Send sendFor(String phoneNumberId) {
        List<GraphStub.Send> s = graph.sends().stream().filter(x -> x.path().contains("/" + phoneNumberId + "/")).toList();
        assertFalse(s.isEmpty(), "a send through number " + phoneNumberId);
        return s.get(s.size() - 1);
    }

    @Test
    void eachAccountSendsWithItsOwnTokenAndNumberAndClientKeysAreScoped() throws InterruptedException {
        createShops();
        awaitSent(sendAs(RunningWanotify.ADMIN_KEY, "shop-a", "0781588379"));
        String bMessage = sendAs(RunningWanotify.ADMIN_KEY, "shop-b", "0781588379");
        awaitSent(bMessage);
        assertEquals("Bearer " + TOKEN_A, sendFor("222222").authorization());
        assertEquals("/v23.0/222222/messages", sendFor("222222").path());
        assertEquals("Bearer " + TOKEN_B, sendFor("333333").authorization());

        RunningWanotify.Reply issued = admin("POST", "/v1/api-keys", "{\"name\":\"crm of shop a\",\"accounts\":[\"shop-a\"]}");
        assertEquals(201, issued.status(), issued.raw().body());
        String clientKey = issued.body().get("key").asText();
        String keyId = issued.body().get("id").asText();
        String callbackSecret = issued.body().get("callback_secret").asText();
        assertTrue(callbackSecret.startsWith("whsec_") && callbackSecret.length() > 40, issued.raw().body());

        RunningWanotify.Reply asB = w.call("POST", "/v1/messages", "{\"to\":\"0781588379\",\"account\":\"shop-b\",\"text\":{\"body\":\"x\"}}", clientKey);
        assertEquals(403, asB.status());
        assertEquals("application/problem+json", asB.raw().headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, w.call("GET", "/v1/messages/" + bMessage, null, clientKey).status());
        String own = sendAs(clientKey, "shop-a", "0781588379");
        assertEquals(200, w.call("GET", "/v1/messages/" + own, null, clientKey).status());
        assertEquals(403, w.call("GET", "/v1/accounts", null, clientKey).status(), "client keys are not admins");

        RunningWanotify.Reply keys = admin("GET", "/v1/api-keys", null);
        assertEquals(200, keys.status());
        assertFalse(keys.raw().body().contains(clientKey), "the key is shown only once");
        assertFalse(keys.raw().body().contains(callbackSecret), "the callback secret is shown only once");
        assertFalse(keys.raw().body().contains("hash"), "no hashes listed");
        assertEquals(204, admin("DELETE", "/v1/api-keys/" + keyId, null).status());
        assertEquals(401, w.call("GET", "/v1/messages/" + own, null, clientKey).status(), "revoked keys are refused");
        assertEquals(404, admin("DELETE", "/v1/api-keys/" + keyId, null).status());
    }

    @Test
    void tokensAndSecretsAppearInNoResponseNoLogAndNotInTheDatabaseFile() throws Exception {
        createShops();
        awaitSent(sendAs(RunningWanotify.ADMIN_KEY, "shop-a", "0781588379"));
        StringBuilder responses = new StringBuilder();
        for (String path : List.of("/v1/accounts", "/v1/accounts/shop-a", "/v1/accounts/shop-b", "/v1/audit?limit=200", "/v1/api-keys", "/health")) {
            RunningWanotify.Reply r = admin("GET", path, null);
            assertEquals(200, r.status(), path + " " + r.raw().body());
            responses.append(r.raw().body());
        }
        responses.append(admin("PATCH", "/v1/accounts/shop-b", "{\"mps\":20}").raw().body());
        assertFalse(responses.toString().matches("(?s).*(" + ALL_TOKENS_REGEX + ").*"), responses.toString());
        assertFalse(responses.toString().contains("+255781588379"), "numbers are masked in the audit log");

        JsonNode audit = admin("GET", "/v1/audit?limit=200", null).body();
        List<String> actions = audit.get("items").findValuesAsText("action");
        assertTrue(actions.contains("account.create"), actions.toString());
        assertTrue(actions.stream().anyMatch(a -> a.equals("POST /v23.0/222222/messages")), actions.toString());

        String captured = log.toString(StandardCharsets.UTF_8);
        assertTrue(captured.contains("wanotify listening"), "the service log was captured");
        assertFalse(captured.matches("(?s).*(" + ALL_TOKENS_REGEX + ").*"), "no token or secret in the service log");

        for (Path file : dbFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : List.of(TOKEN_A, TOKEN_B, SECRET_A, SECRET_B)) {
                assertFalse(contains(bytes, secret.getBytes(StandardCharsets.UTF_8)), secret + " in plain text in " + file.getFileName());
            }
        }
    }

    @Test
    void patchingTheTokenTakesEffectForTheNextSendWithoutRestart() throws InterruptedException {
        createShops();
        awaitSent(sendAs(RunningWanotify.ADMIN_KEY, "shop-a", "0781588379"));
        assertEquals("Bearer " + TOKEN_A, sendFor("222222").authorization());
        RunningWanotify.Reply patched = admin("PATCH", "/v1/accounts/shop-a", "{\"access_token\":\"" + TOKEN_A2 + "\"}");
        assertEquals(200, patched.status(), patched.raw().body());
        assertEquals("set", patched.body().get("access_token").asText());
        awaitSent(sendAs(RunningWanotify.ADMIN_KEY, "shop-a", "0781588379"));
        assertEquals("Bearer " + TOKEN_A2, sendFor("222222").authorization());
    }

    @Test
    void anAccountStoredUnderTheNameDefaultTakesPrecedenceOverTheEnvironment() throws InterruptedException {
        assertEquals("111111", admin("GET", "/v1/accounts/default", null).body().get("phone_number_id").asText());
        RunningWanotify.Reply r = admin("POST", "/v1/accounts", "{\"name\":\"default\",\"phone_number_id\":\"444444\",\"access_token\":\"" + TOKEN_B + "\"}");
        assertEquals(201, r.status(), r.raw().body());
        awaitSent(sendAs(RunningWanotify.ADMIN_KEY, "default", "+255781588379"));
        assertEquals("Bearer " + TOKEN_B, sendFor("444444").authorization());
        assertEquals(204, admin("DELETE", "/v1/accounts/default", null).status());
        assertEquals("111111", admin("GET", "/v1/accounts/default", null).body().get("phone_number_id").asText(),
                "the environment's account is back");
        assertEquals(409, admin("DELETE", "/v1/accounts/default", null).status());
    }

    @Test
    void testNumberRefusesRecipientsOutsideItsAllowListWith422() {
        RunningWanotify.Reply r = admin("POST", "/v1/accounts", "{\"name\":\"test-number\",\"phone_number_id\":\"555555\",\"access_token\":\""
                + TOKEN_A + "\",\"default_region\":\"TZ\",\"test_recipients\":[\"0781588379\"]}");
        assertEquals(201, r.status(), r.raw().body());
        assertEquals("+255781588379", r.body().get("test_recipients").get(0).asText());
        RunningWanotify.Reply refused = admin("POST", "/v1/messages", "{\"to\":\"0781588380\",\"account\":\"test-number\",\"text\":{\"body\":\"x\"}}");
        assertEquals(422, refused.status());
        assertEquals("to", refused.body().get("errors").get(0).get("field").asText());
        assertTrue(refused.body().get("detail").asText().contains("test"), refused.body().toString());
        sendAs(RunningWanotify.ADMIN_KEY, "test-number", "0781588379");
        RunningWanotify.Reply six = admin("PATCH", "/v1/accounts/test-number",
                "{\"test_recipients\":[\"0781588371\",\"0781588372\",\"0781588373\",\"0781588374\",\"0781588375\",\"0781588376\"]}");
        assertEquals(422, six.status());
        assertEquals("test_recipients", six.body().get("errors").get(0).get("field").asText());
    }

    @Test
    void passwordParameterOfASentCredentialsMessageReadsStarsInStorage() throws Exception {
        RunningWanotify.Reply r = admin("POST", "/v1/messages", "{\"to\":\"+255781588379\",\"template\":{\"name\":\"wifi_credentials\","
                + "\"language\":\"en\",\"parameters\":{\"username\":\"user123\",\"password\":\"pass456\"}}}");
        assertEquals(202, r.status(), r.raw().body());
        String id = r.body().get("id").asText();
        awaitSent(id);
        assertTrue(graph.sends().get(0).body().toString().contains("pass456"), "Meta received the real password");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("w.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT content FROM messages WHERE id = '" + id + "'")) {
            assertTrue(rs.next());
            JsonNode content = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rs.getString(1));
            assertEquals("***", content.get("parameters").get("password").asText());
            assertEquals("user123", content.get("parameters").get("username").asText());
        }
    }

    @Test
    void aMessageMarkedSensitiveReadsStarsInStorageOnceSent() throws Exception {
        RunningWanotify.Reply r = admin("POST", "/v1/messages", "{\"to\":\"+255781588379\",\"sensitive\":true,"
                + "\"text\":{\"body\":\"Your WiFi login: user123 / pass456\"}}");
        assertEquals(202, r.status(), r.raw().body());
        String id = r.body().get("id").asText();
        awaitSent(id);
        assertEquals("Your WiFi login: user123 / pass456", graph.sends().get(0).body().get("text").get("body").asText());
        assertEquals("***", storedContent(id).get("body").asText());
    }

    private JsonNode storedContent(String id) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("w.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT content FROM messages WHERE id = '" + id + "'")) {
            assertTrue(rs.next());
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(rs.getString(1));
        }
    }

    @Test
    void webhooksAreCheckedWithTheAppSecretOfTheAccountTheirNumberBelongsTo() {
        createShops();
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"900001\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"255700000000\","
                + "\"phone_number_id\":\"333333\"},\"statuses\":[]}}]}]}";
        assertEquals(200, webhook(body, SECRET_B).status());
        assertEquals(401, webhook(body, SECRET_A).status(), "shop-a's secret does not sign shop-b's events");
    }

    private RunningWanotify.Reply webhook(String body, String secret) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return w.exchange(HttpRequest.newBuilder(w.uri("/webhooks/whatsapp")).POST(HttpRequest.BodyPublishers.ofByteArray(raw))
                .header("Content-Type", "application/json").header(WebhookSignature.HEADER, WebhookSignature.sign(raw, secret)).build());
    }

    @Test
    void accountInputIsCheckedFieldByField() {
        RunningWanotify.Reply noToken = admin("POST", "/v1/accounts", "{\"name\":\"shop-c\",\"phone_number_id\":\"666666\"}");
        assertEquals(422, noToken.status());
        assertEquals("access_token", noToken.body().get("errors").get(0).get("field").asText());
        assertEquals(400, admin("POST", "/v1/accounts", "{\"name\":\"shop-c\",\"state\":\"active\"}").status(), "state is read-only");
        assertEquals(422, admin("POST", "/v1/accounts", "{\"name\":\"Shop C\",\"phone_number_id\":\"1\",\"access_token\":\"t\"}").status());
        createShops();
        assertEquals(409, admin("POST", "/v1/accounts", "{\"name\":\"shop-a\",\"phone_number_id\":\"777777\",\"access_token\":\"t\"}").status());
        assertEquals(409, admin("POST", "/v1/accounts", "{\"name\":\"shop-c\",\"phone_number_id\":\"222222\",\"access_token\":\"t\"}").status(),
                "a number belongs to one account");
        assertEquals(404, admin("GET", "/v1/accounts/nope", null).status());
        assertEquals(404, admin("PATCH", "/v1/accounts/nope", "{\"mps\":5}").status());
        RunningWanotify.Reply bad = admin("PATCH", "/v1/accounts/shop-a", "{\"access_token\":\"has space " + TOKEN_A + "\"}");
        assertEquals(422, bad.status());
        assertFalse(bad.raw().body().contains(TOKEN_A), "a refused secret is not echoed");
    }

    private List<Path> dbFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> db = files.filter(p -> p.getFileName().toString().startsWith("w.db")).toList();
            assertNotNull(db);
            assertTrue(db.stream().anyMatch(p -> p.getFileName().toString().equals("w.db-wal")), "WAL file checked too: " + db);
            return db;
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return Arrays.equals(needle, new byte[0]);
    }

    /** Writes to two streams. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        TeeStream(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
