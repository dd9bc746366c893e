package org.wanotify.adapters.whatsapp.sandbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wanotify.domain.recipient.PhonePolicy;

/** The simulator speaks Meta's protocol: answers, errors and signed status webhooks. */
class CloudApiSimulatorTest {
    private static final String TOKEN = "sim-token";
    private static final String SECRET = "sim-app-secret";
    private static final String PHONE = "100000000000001";
    private static final String WABA = "200000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Webhook(byte[] body, String signature) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final BlockingQueue<Webhook> webhooks = new LinkedBlockingQueue<>();
    private HttpServer receiver;
    private CloudApiSimulator simulator;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        receiver.createContext("/webhooks/whatsapp", exchange -> {
            webhooks.add(new Webhook(exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders().getFirst("X-Hub-Signature-256")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhooks/whatsapp";
        simulator = new CloudApiSimulator(new SandboxConfig(0, TOKEN, PHONE, WABA, SECRET, () -> url, Duration.ofMillis(20)));
    }

    @AfterEach
    void stop() {
        simulator.close();
        receiver.stop(0);
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendText(String to) throws Exception {
        return post("/v23.0/" + PHONE + "/messages", TOKEN, "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
                + "\"to\":\"" + to + "\",\"type\":\"text\",\"text\":{\"body\":\"hi\"},\"biz_opaque_callback_data\":\"msg_1\"}");
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void acceptedSendIsFollowedBySignedSentDeliveredReadWebhooksInOrder() throws Exception {
        HttpResponse<String> response = sendText("+255781588379");
        assertEquals(200, response.statusCode());
        JsonNode accepted = JSON.readTree(response.body());
        String wamid = accepted.at("/messages/0/id").asText();
        assertTrue(wamid.startsWith("wamid."));
        assertEquals("+255781588379", accepted.at("/contacts/0/input").asText());
        assertEquals("255781588379", accepted.at("/contacts/0/wa_id").asText());

        for (String expected : new String[] {"sent", "delivered", "read"}) {
            Webhook webhook = webhooks.poll(5, TimeUnit.SECONDS);
            assertNotNull(webhook, "no " + expected + " webhook");
            assertEquals(hmac(webhook.body()), webhook.signature());
            JsonNode payload = JSON.readTree(webhook.body());
            assertEquals("whatsapp_business_account", payload.path("object").asText());
            assertEquals(WABA, payload.at("/entry/0/id").asText());
            assertEquals("messages", payload.at("/entry/0/changes/0/field").asText());
            JsonNode value = payload.at("/entry/0/changes/0/value");
            assertEquals("whatsapp", value.path("messaging_product").asText());
            assertEquals(PHONE, value.at("/metadata/phone_number_id").asText());
            JsonNode status = value.at("/statuses/0");
            assertEquals(wamid, status.path("id").asText());
            assertEquals(expected, status.path("status").asText());
            assertTrue(status.path("timestamp").isTextual() && status.path("timestamp").asText().matches("[0-9]{10}"));
            assertEquals("255781588379", status.path("recipient_id").asText());
            assertEquals("msg_1", status.path("biz_opaque_callback_data").asText());
        }
    }

    @Test
    void undeliverableRecipientGetsMetaError131026AndNoWebhooks() throws Exception {
        HttpResponse<String> refused = sendText("+255700000026");
        assertEquals(400, refused.statusCode());
        JsonNode error = JSON.readTree(refused.body()).path("error");
        assertEquals(131026, error.path("code").asInt());
        assertEquals("(#131026) Message undeliverable", error.path("message").asText());
        assertEquals("whatsapp", error.at("/error_data/messaging_product").asText());
        assertTrue(error.path("fbtrace_id").isTextual());

        String wamid = JSON.readTree(sendText("+255781588379").body()).at("/messages/0/id").asText();
        // Webhooks of one message come in order, so the first one belongs to the refused message if any does.
        Webhook first = webhooks.poll(5, TimeUnit.SECONDS);
        assertNotNull(first);
        assertEquals(wamid, JSON.readTree(first.body()).at("/entry/0/changes/0/value/statuses/0/id").asText());
    }

    @Test
    void wrongBearerGets401Code190AndIsRecordedWithoutTheHeader() throws Exception {
        HttpResponse<String> response = post("/v23.0/" + PHONE + "/messages", "nope", "{}");

        assertEquals(401, response.statusCode());
        assertEquals(190, JSON.readTree(response.body()).at("/error/code").asInt());
        SimulatedRequest recorded = simulator.receivedRequests().get(0);
        assertFalse(recorded.bearerMatched());
        assertFalse(recorded.headers().containsKey("authorization"));
        assertEquals(401, post("/v23.0/" + PHONE + "/messages", null, "{}").statusCode());
    }

    @Test
    void unknownPhoneNumberIdGetsError100Subcode33() throws Exception {
        HttpResponse<String> response = post("/v23.0/999/messages", TOKEN, "{}");

        assertEquals(400, response.statusCode());
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertEquals(100, error.path("code").asInt());
        assertEquals(33, error.path("error_subcode").asInt());
        assertEquals("GraphMethodException", error.path("type").asText());
    }

    @Test
    void missingFieldOrBrokenJsonGetsError100NamingTheProblem() throws Exception {
        JsonNode missingTo = JSON.readTree(post("/v23.0/" + PHONE + "/messages", TOKEN,
                "{\"messaging_product\":\"whatsapp\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}").body());
        assertEquals(100, missingTo.at("/error/code").asInt());
        assertTrue(missingTo.at("/error/error_data/details").asText().contains("to"));

        HttpResponse<String> broken = post("/v23.0/" + PHONE + "/messages", TOKEN, "{not json");
        assertEquals(400, broken.statusCode());
        assertEquals(100, JSON.readTree(broken.body()).at("/error/code").asInt());
    }

    @Test
    void serverErrorRecipientGetsPlain500() throws Exception {
        HttpResponse<String> response = sendText("+255700000500");
        assertEquals(500, response.statusCode());
        assertFalse(response.body().startsWith("{"));
    }

    @Test
    void phoneNumberLookupAnswersForHealthChecks() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v23.0/" + PHONE))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonNode phone = JSON.readTree(response.body());
        assertEquals(PHONE, phone.path("id").asText());
        assertEquals("+1 555 0100", phone.path("display_phone_number").asText());
        assertEquals("wanotify sandbox", phone.path("verified_name").asText());
    }

    @Test
    void clearForgetsRecordedRequests() throws Exception {
        sendText("+255781588379");
        assertEquals(1, simulator.receivedRequests().size());
        simulator.clear();
        assertTrue(simulator.receivedRequests().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+255700000026", "+255700130429", "+255700000500", "+255700000408"})
    void documentedMagicRecipientsAreValidTanzanianMobiles(String number) {
        assertEquals(number, assertDoesNotThrow(() -> new PhonePolicy("TZ", java.util.Set.of()).recipientFor(number)).e164());
    }

    @Test
    void secretsStayOutOfTheConfigsToString() {
        String text = simulator.config().toString();
        assertFalse(text.contains(TOKEN));
        assertFalse(text.contains(SECRET));
    }
}
