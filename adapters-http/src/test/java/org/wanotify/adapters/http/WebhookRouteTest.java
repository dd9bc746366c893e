package org.wanotify.adapters.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wanotify.adapters.http.ApiHarness.json;
import static org.wanotify.adapters.http.ApiHarness.problem;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.StatusUpdate;
import org.wanotify.domain.notification.MessageStatus;

class WebhookRouteTest {

    private static final ApiHarness api = new ApiHarness();
    private static final Map<String, String> SIGNED = Map.of("X-Hub-Signature-256", "sha256=00ff");

    /** Meta's shape: a delivered, a failed with errors[], an unknown "played", and an inbound-message change. */
    private static final String STATUSES = """
            {"object":"whatsapp_business_account","entry":[{"id":"WABA","changes":[
              {"field":"messages","value":{"messaging_product":"whatsapp",
                "metadata":{"display_phone_number":"15550001111","phone_number_id":"106540352242922"},
                "statuses":[
                  {"id":"wamid.A","status":"delivered","timestamp":"1763719200","recipient_id":"255781588379",
                   "biz_opaque_callback_data":"msg_01JD8X9Y0Z1A2B3C4D5E6F7G8H","conversation":{"id":"c"},"pricing":{"billable":true}},
                  {"id":"wamid.B","status":"failed","timestamp":"1763719260","recipient_id":"255781588379",
                   "errors":[{"code":131026,"title":"Message undeliverable","message":"Message undeliverable",
                              "error_data":{"details":"Receiver is incapable of receiving this message"}}]},
                  {"id":"wamid.C","status":"played","timestamp":"1763719300","recipient_id":"255781588379"}]}},
              {"field":"messages","value":{"metadata":{"phone_number_id":"106540352242922"},
                "messages":[{"from":"255781588379","id":"wamid.IN","type":"text","text":{"body":"hi"}}]}}]}]}""";

    @BeforeEach
    void reset() {
        api.stubs.reset();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void echoesTheChallengeWhenTheVerifyTokenMatches() {
        HttpResponse<String> response = api.get(
                "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444", Map.of());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("1158201444", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
    }

    @Test
    void refusesAWrongOrMissingVerifyTokenWith403() {
        problem(api.get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1", Map.of()), 403);
        problem(api.get("/webhooks/whatsapp", Map.of()), 403);
    }

    @Test
    void mapsStatusesIncludingFailuresAndSkipsUnknownOnes() {
        HttpResponse<String> response = api.post("/webhooks/whatsapp", STATUSES, SIGNED);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(json(response).get("received").asBoolean());
        assertEquals(1, api.stubs.received.size(), "the delivery is handed over for storing before the answer");
        assertEquals(List.of("106540352242922"), api.stubs.signatureIds);
        List<StatusUpdate> updates = api.stubs.applied.get(0);
        assertEquals(2, updates.size());
        StatusUpdate delivered = updates.get(0);
        assertEquals(new StatusUpdate("106540352242922", "wamid.A", MessageStatus.DELIVERED, Instant.ofEpochSecond(1763719200L),
                "255781588379", Fixtures.ID, null), delivered);
        StatusUpdate failed = updates.get(1);
        assertEquals(MessageStatus.FAILED, failed.status());
        assertNull(failed.callbackData());
        assertEquals(131026, failed.error().code());
        assertEquals("Message undeliverable", failed.error().title());
        assertEquals("Receiver is incapable of receiving this message", failed.error().detail());
        assertEquals(false, failed.error().retryable());
    }

    @Test
    void checksTheSignatureOverTheExactBytesReceived() {
        byte[] raw = ("  " + STATUSES + "\n").getBytes(StandardCharsets.UTF_8);
        byte[][] seen = new byte[1][];
        api.stubs.rawBodyHook = body -> seen[0] = body;
        api.post("/webhooks/whatsapp", raw, SIGNED);
        assertArrayEquals(raw, seen[0]);
    }

    @Test
    void refusesABadSignatureWith401AndAppliesNothing() {
        api.stubs.authentic = false;
        problem(api.post("/webhooks/whatsapp", STATUSES, SIGNED), 401);
        problem(api.post("/webhooks/whatsapp", STATUSES, Map.of()), 401);
        assertTrue(api.stubs.applied.isEmpty());
    }

    @Test
    void refusesMalformedJsonWith400() {
        problem(api.post("/webhooks/whatsapp", "{\"entry\":[", SIGNED), 400);
        assertTrue(api.stubs.applied.isEmpty());
    }

    @Test
    void acknowledgesPayloadsItDoesNotUnderstandWith200() {
        for (String body : List.of("{}", "{\"entry\":\"x\"}", "{\"entry\":[{\"changes\":[{\"field\":\"message_template_status_update\",\"value\":{}}]}]}",
                "{\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"statuses\":[{\"id\":\"w\",\"status\":\"sent\",\"timestamp\":\"soon\"},"
                        + "{\"status\":\"sent\"},7,{\"id\":\"w\",\"status\":\"read\",\"timestamp\":1763719200,\"unknown\":{\"deep\":[1]}}]}}]}]}")) {
            HttpResponse<String> response = api.post("/webhooks/whatsapp", body, SIGNED);
            assertEquals(200, response.statusCode(), body + " -> " + response.body());
        }
        assertEquals(1, api.stubs.applied.size(), "only the readable read status is applied");
        assertEquals(MessageStatus.READ, api.stubs.applied.get(0).get(0).status());
    }

    @Test
    void acceptsWebhookBodiesFarLargerThanTheApiLimit() {
        String padding = "\"" + "p".repeat(200_000) + "\"";
        String body = STATUSES.replace("\"object\":\"whatsapp_business_account\"", "\"object\":" + padding);
        assertEquals(200, api.post("/webhooks/whatsapp", body, SIGNED).statusCode());
    }

    @Test
    void refusesWebhookBodiesOverThreeMebibytesWith413() {
        byte[] huge = ("{\"x\":\"" + "p".repeat(HttpApi.WEBHOOK_MAX_BODY_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        problem(api.postChunked("/webhooks/whatsapp", huge, SIGNED), 413);
        assertTrue(api.stubs.applied.isEmpty() && api.stubs.signatureIds.isEmpty());
    }
}
