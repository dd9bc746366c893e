package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.adapters.whatsapp.sandbox.CloudApiSimulator;
import org.wanotify.adapters.whatsapp.sandbox.SandboxConfig;
import org.wanotify.adapters.whatsapp.sandbox.SimulatedRequest;
import org.wanotify.adapters.whatsapp.sandbox.WebhookSignature;

/** Templates through the whole application: define, sync to the sandbox, approval, guarded sends, webhooks, export. */
class TemplateSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHIPPED = Path.of("..", "templates");
    private static final String TO = "+255781588379";

    @TempDir
    Path dir;

    private Map<String, String> env(String refresh, Path templatesDir) {
        Map<String, String> env = new HashMap<>();
        env.put("WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("wanotify.db"));
        env.put("WANOTIFY_DEFAULT_REGION", "TZ");
        env.put("WANOTIFY_TEMPLATE_REFRESH", refresh);
        env.put("WANOTIFY_TEMPLATES_DIR", templatesDir.toString());
        return env;
    }

    private static String send(String parameters) {
        return "{\"to\":\"" + TO + "\",\"template\":{\"name\":\"wifi_credentials\",\"language\":\"en\",\"parameters\":" + parameters + "}}";
    }

    private static List<SimulatedRequest> sends(CloudApiSimulator sim) {
        return sim.receivedRequests().stream().filter(r -> r.path().endsWith("/messages")).toList();
    }

    @Test
    void definedTemplateIsSyncedApprovedByRefreshGuardedAndSentWithNamedParameters() throws Exception {
        try (RunningWanotify w = new RunningWanotify(env("PT0.3S", dir.resolve("none")))) {
            CloudApiSimulator sim = w.app.sandbox().orElseThrow();
            sim.templates().autoApproveAfter(null);
            String definition = Files.readString(SHIPPED.resolve("wifi_credentials.json"));
            RunningWanotify.Reply defined = w.post("/v1/templates", definition, Map.of());
            assertEquals(201, defined.status(), defined.raw().body());
            assertEquals("DRAFT", defined.body().path("status").asText());

            RunningWanotify.Reply synced = w.post("/v1/templates/sync", "", Map.of());
            assertEquals(200, synced.status(), synced.raw().body());
            assertEquals("wifi_credentials/en", synced.body().at("/created/0").asText(), synced.raw().body());
            SimulatedRequest create = sim.receivedRequests().stream().filter(r -> r.path().endsWith("/message_templates")
                    && r.method().equals("POST")).findFirst().orElseThrow();
            assertEquals("/v23.0/" + SandboxConfig.DEFAULT_WABA_ID + "/message_templates", create.path());
            assertEquals("named", create.body().path("parameter_format").asText());
            Set<String> examples = new java.util.HashSet<>();
            create.body().at("/components/0/example/body_text_named_params").forEach(p -> examples.add(p.path("param_name").asText()));
            assertEquals(Set.of("buyer_name", "plan", "username", "password"), examples);

            RunningWanotify.Reply pending = w.get("/v1/templates/wifi_credentials");
            assertEquals("PENDING", pending.body().path("status").asText(), pending.raw().body());
            assertTrue(pending.body().path("meta_id").asText().matches("[0-9]+"));
            String all = "{\"buyer_name\":\"Amina\",\"username\":\"user123\",\"password\":\"pass456\",\"plan\":\"daily_1000\"}";
            RunningWanotify.Reply refusedPending = w.post("/v1/messages", send(all), Map.of());
            assertEquals(422, refusedPending.status());
            assertTrue(refusedPending.body().path("detail").asText().contains("PENDING"), refusedPending.raw().body());

            sim.templates().setStatus("wifi_credentials", "en", "APPROVED", null, false);
            // The refresh is JobRunr's recurring job "refresh-template-statuses"; run what it runs rather than wait for its poll.
            assertTrue(w.app.jobs().storage().getRecurringJobs().stream().anyMatch(j -> j.getId().equals("refresh-template-statuses")));
            w.app.jobTargets().refreshTemplates();
            RunningWanotify.Reply approved = w.get("/v1/templates/wifi_credentials");
            assertEquals("APPROVED", approved.body().path("status").asText(), "the periodic refresh did not pick up the approval");

            RunningWanotify.Reply missing = w.post("/v1/messages", send("{\"buyer_name\":\"Amina\",\"username\":\"u\",\"password\":\"p\"}"), Map.of());
            assertEquals(422, missing.status());
            assertEquals("template.parameters.plan", missing.body().at("/errors/0/field").asText(), missing.raw().body());
            RunningWanotify.Reply extra = w.post("/v1/messages", send(all.replace("}", ",\"colour\":\"red\"}")), Map.of());
            assertEquals(422, extra.status());
            assertEquals("template.parameters.colour", extra.body().at("/errors/0/field").asText(), extra.raw().body());
            RunningWanotify.Reply positional = w.post("/v1/messages", send("[\"Amina\",\"u\"]"), Map.of());
            assertEquals(422, positional.status(), positional.raw().body());
            assertTrue(sends(sim).isEmpty(), "a refused template send reached the Graph peer");
            assertEquals(0, w.get("/v1/messages").body().path("data").size());

            RunningWanotify.Reply sent = w.post("/v1/messages?wait=10", send(all), Map.of());
            assertEquals(200, sent.status(), sent.raw().body());
            JsonNode graph = sends(sim).get(0).body();
            assertEquals("template", graph.path("type").asText());
            JsonNode parameters = graph.at("/template/components/0/parameters");
            Map<String, String> byName = new HashMap<>();
            parameters.forEach(p -> byName.put(p.path("parameter_name").asText(), p.path("text").asText()));
            assertEquals(Map.of("buyer_name", "Amina", "username", "user123", "password", "pass456", "plan", "daily_1000"), byName);

            ByteArrayOutputStream json = new ByteArrayOutputStream();
            WanotifyConfig config = WanotifyConfig.from(new Settings(env("PT1H", dir.resolve("none"))));
            assertEquals(0, TemplatesCommand.run(List.of("export", "--format", "json"), config, new PrintStream(json, true, StandardCharsets.UTF_8), System.err));
            JsonNode exported = JSON.readTree(json.toByteArray());
            assertEquals("wifi_credentials", exported.at("/templates/0/name").asText());
            assertEquals("APPROVED", exported.at("/templates/0/status").asText());
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            assertEquals(0, TemplatesCommand.run(List.of("export", "--format", "text"), config, new PrintStream(text, true, StandardCharsets.UTF_8), System.err));
            String readable = text.toString(StandardCharsets.UTF_8);
            assertTrue(readable.contains("wifi_credentials (en) — UTILITY, named parameters, APPROVED"), readable);
            assertTrue(readable.contains("Hello Amina"), readable);
        }
    }

    @Test
    void shippedTemplateIsLoadedApprovedByWebhookAndRejectedBySignedWebhook() throws Exception {
        try (RunningWanotify w = new RunningWanotify(env("PT1H", SHIPPED))) {
            CloudApiSimulator sim = w.app.sandbox().orElseThrow();
            sim.templates().autoApproveAfter(Duration.ofMillis(50));
            assertEquals("DRAFT", w.get("/v1/templates/wifi_credentials").body().path("status").asText());
            assertEquals(200, w.post("/v1/templates/sync", "", Map.of()).status());
            RunningWanotify.Reply approved = w.getUntil("/v1/templates/wifi_credentials", b -> "APPROVED".equals(b.path("status").asText()));
            assertEquals("APPROVED", approved.body().path("status").asText(), "the simulator's approval webhook was not applied");

            String metaId = approved.body().path("meta_id").asText();
            String webhook = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"" + SandboxConfig.DEFAULT_WABA_ID
                    + "\",\"time\":1751247548,\"changes\":[{\"field\":\"message_template_status_update\",\"value\":{"
                    + "\"event\":\"REJECTED\",\"message_template_id\":" + metaId + ",\"message_template_name\":\"wifi_credentials\","
                    + "\"message_template_language\":\"en\",\"reason\":\"INVALID_FORMAT\",\"message_template_category\":\"UTILITY\"}}]}]}";
            assertEquals(401, w.post("/webhooks/whatsapp", webhook, Map.of("X-Hub-Signature-256", "sha256=00")).status());
            String signature = WebhookSignature.sign(webhook.getBytes(StandardCharsets.UTF_8), SandboxConfig.DEFAULT_APP_SECRET);
            assertEquals(200, w.post("/webhooks/whatsapp", webhook, Map.of("X-Hub-Signature-256", signature)).status());
            RunningWanotify.Reply rejected = w.get("/v1/templates/wifi_credentials");
            assertEquals("REJECTED", rejected.body().path("status").asText(), rejected.raw().body());
            assertEquals("INVALID_FORMAT", rejected.body().path("rejection_reason").asText());
        }
    }

    @Test
    void otpSendCarriesTheCodeInBodyAndButton() throws Exception {
        try (RunningWanotify w = new RunningWanotify(env("PT1H", dir.resolve("none")))) {
            CloudApiSimulator sim = w.app.sandbox().orElseThrow();
            sim.templates().autoApproveAfter(Duration.ofMillis(20));
            String auth = "{\"name\":\"login_code\",\"language\":\"en\",\"category\":\"AUTHENTICATION\",\"components\":["
                    + "{\"type\":\"BODY\",\"add_security_recommendation\":true},{\"type\":\"FOOTER\",\"code_expiration_minutes\":5},"
                    + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"OTP\",\"otp_type\":\"COPY_CODE\",\"text\":\"Copy Code\"}]}]}";
            assertEquals(201, w.post("/v1/templates", auth, Map.of()).status());
            assertEquals(200, w.post("/v1/templates/sync", "", Map.of()).status());
            w.getUntil("/v1/templates/login_code", b -> "APPROVED".equals(b.path("status").asText()));
            RunningWanotify.Reply sent = w.post("/v1/messages?wait=10", "{\"to\":\"" + TO + "\",\"template\":{\"name\":\"login_code\","
                    + "\"language\":\"en\",\"code\":\"123456\"}}", Map.of());
            assertEquals(200, sent.status(), sent.raw().body());
            JsonNode components = sends(sim).get(0).body().at("/template/components");
            assertEquals("body", components.at("/0/type").asText());
            assertEquals("123456", components.at("/0/parameters/0/text").asText());
            assertEquals("button", components.at("/1/type").asText());
            assertEquals("url", components.at("/1/sub_type").asText());
            assertEquals("0", components.at("/1/index").asText());
            assertEquals("123456", components.at("/1/parameters/0/text").asText());
        }
    }

    @Test
    void cliRefusesSyncWithoutAMetaAccountAndRejectsUnknownFormat() throws IOException {
        WanotifyConfig config = WanotifyConfig.from(new Settings(env("PT1H", dir.resolve("none"))));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(TemplatesCommand.CONFIG, TemplatesCommand.run(List.of("sync"), config, System.out, errors));
        assertEquals(TemplatesCommand.USAGE, TemplatesCommand.run(List.of("export", "--format", "xml"), config, System.out, errors));
        assertEquals(TemplatesCommand.USAGE, TemplatesCommand.run(List.of("frobnicate"), config, System.out, errors));
        assertTrue(err.toString(StandardCharsets.UTF_8).lines().collect(Collectors.joining()).contains("WHATSAPP_ACCESS_TOKEN"));
    }
}
