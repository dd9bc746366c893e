package org.wanotify.adapters.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanotify.adapters.whatsapp.sandbox.CloudApiSimulator;
import org.wanotify.adapters.whatsapp.sandbox.SandboxConfig;
import org.wanotify.adapters.whatsapp.sandbox.SimulatedRequest;
import org.wanotify.adapters.whatsapp.sandbox.WebhookSignature;
import org.wanotify.application.port.out.CreatedTemplate;
import org.wanotify.application.port.out.RemoteTemplate;
import org.wanotify.application.port.out.TemplateGatewayException;
import org.wanotify.domain.template.ParameterFormat;
import org.wanotify.domain.template.TemplateCategory;
import org.wanotify.domain.template.TemplateDefinition;
import org.wanotify.domain.template.TemplateParameters;
import org.wanotify.domain.template.TemplateStatus;

/** The template client against the simulator: Meta's create shape, paged listing, approval webhooks. */
class GraphTemplateAdapterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<byte[][]> webhooks = new LinkedBlockingQueue<>();
    private HttpServer receiver;
    private CloudApiSimulator simulator;
    private GraphTemplateAdapter adapter;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            webhooks.add(new byte[][] {body, exchange.getRequestHeaders().getFirst("X-Hub-Signature-256").getBytes(StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        simulator = new CloudApiSimulator(new SandboxConfig(0, TestData.TOKEN, TestData.PHONE_NUMBER_ID, TestData.WABA_ID,
                TestData.APP_SECRET, () -> hook, Duration.ofMillis(10)));
        simulator.templates().autoApproveAfter(null);
        adapter = new GraphTemplateAdapter(GraphApiConfig.defaults().withBaseUrl(simulator.baseUrl()), 2);
    }

    @AfterEach
    void stop() {
        simulator.close();
        receiver.stop(0);
    }

    static TemplateDefinition wifi(String name) {
        return new TemplateDefinition(name, "en", TemplateCategory.UTILITY, ParameterFormat.NAMED, null,
                "Hi {{buyer_name}}, your login is {{username}}.",
                named("buyer_name", "Amina", "username", "user123"), null, List.of(), false, null);
    }

    private static TemplateParameters named(String... pairs) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new TemplateParameters.Named(values);
    }

    @Test
    void createsWithMetaShapeAndExamplesAndGetsPending() {
        CreatedTemplate created = adapter.create(TestData.account(), wifi("wifi_credentials"));
        assertEquals(TemplateStatus.PENDING, created.status());
        assertNotNull(created.metaId());
        SimulatedRequest request = simulator.receivedRequests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/v23.0/" + TestData.WABA_ID + "/message_templates", request.path());
        JsonNode body = request.body();
        assertEquals("named", body.path("parameter_format").asText());
        assertEquals("UTILITY", body.path("category").asText());
        JsonNode example = body.at("/components/0/example/body_text_named_params");
        assertEquals("buyer_name", example.at("/0/param_name").asText());
        assertEquals("Amina", example.at("/0/example").asText());
    }

    @Test
    void duplicateCreationIsRefusedWithMetasReason() {
        adapter.create(TestData.account(), wifi("wifi_credentials"));
        TemplateGatewayException e = assertThrows(TemplateGatewayException.class,
                () -> adapter.create(TestData.account(), wifi("wifi_credentials")));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertTrue(!e.getMessage().contains(TestData.TOKEN));
    }

    @Test
    void listsEveryPageWithStatusesAndReasons() {
        for (String name : List.of("a_one", "b_two", "c_three")) {
            adapter.create(TestData.account(), wifi(name));
        }
        simulator.templates().setStatus("b_two", "en", "REJECTED", "INVALID_FORMAT", false);
        List<RemoteTemplate> all = adapter.list(TestData.account());
        assertEquals(List.of("a_one", "b_two", "c_three"), all.stream().map(RemoteTemplate::name).toList());
        assertEquals(TemplateStatus.REJECTED, all.get(1).status());
        assertEquals("INVALID_FORMAT", all.get(1).reason());
        assertEquals("wifi_credentials".length() > 0, all.get(0).definition() != null);
        assertTrue(simulator.receivedRequests().stream().filter(r -> r.method().equals("GET")).count() >= 2, "paged");
    }

    @Test
    void approvalPostsSignedTemplateStatusWebhookForTheWaba() throws Exception {
        simulator.templates().autoApproveAfter(Duration.ofMillis(10));
        adapter.create(TestData.account(), wifi("wifi_credentials"));
        byte[][] hook = webhooks.poll(10, TimeUnit.SECONDS);
        assertNotNull(hook, "no webhook");
        assertEquals(WebhookSignature.sign(hook[0], TestData.APP_SECRET), new String(hook[1], StandardCharsets.UTF_8));
        JsonNode root = JSON.readTree(hook[0]);
        assertEquals(TestData.WABA_ID, root.at("/entry/0/id").asText());
        assertEquals("message_template_status_update", root.at("/entry/0/changes/0/field").asText());
        assertEquals("APPROVED", root.at("/entry/0/changes/0/value/event").asText());
        assertTrue(root.at("/entry/0/changes/0/value/message_template_id").isNumber());
    }

    @Test
    void wrongTokenIsAGatewayError() {
        assertThrows(TemplateGatewayException.class, () -> adapter.list(TestData.account("wrong", 80)));
    }
}
