package org.wanotify.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wanotify.adapters.http.ApiHarness.json;
import static org.wanotify.adapters.http.ApiHarness.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.in.HandleWebhookUseCase;
import org.wanotify.application.port.in.TemplateRefusedException;
import org.wanotify.application.port.in.TemplateStatusUpdate;
import org.wanotify.application.port.in.TemplateSyncResult;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.template.ParameterProblem;
import org.wanotify.domain.template.Template;

/** {@code /v1/templates}, template refusals on send, OTP codes and template status webhooks over real HTTP. */
class TemplateRouteTest {
    static final String WIFI = """
            {"name":"wifi_credentials","language":"en","category":"UTILITY","parameter_format":"named",
             "components":[{"type":"BODY","text":"Hi {{buyer_name}}, login {{username}} / {{password}} ({{plan}}).",
               "example":{"body_text_named_params":[{"param_name":"buyer_name","example":"Amina"},
                 {"param_name":"username","example":"u1"},{"param_name":"password","example":"p1"},
                 {"param_name":"plan","example":"daily"}]}}]}""";

    private final StubUseCases stubs = new StubUseCases();
    private final List<Template> defined = new ArrayList<>();
    private final List<TemplateStatusUpdate> templateEvents = new ArrayList<>();
    private final List<String> wabas = new ArrayList<>();
    private HttpApi api;

    @BeforeEach
    void start() {
        HandleWebhookUseCase webhook = new HandleWebhookUseCase() {
            @Override
            public java.util.Optional<String> verifySubscription(String mode, String token, String challenge) {
                return java.util.Optional.empty();
            }

            @Override
            public boolean isAuthentic(byte[] rawBody, String signatureHeader, List<String> phoneNumberIds) {
                return false;
            }

            @Override
            public int applyStatuses(List<org.wanotify.application.port.in.StatusUpdate> updates) {
                return 0;
            }

            @Override
            public boolean isAuthenticForWabas(byte[] rawBody, String signatureHeader, List<String> wabaIds) {
                wabas.addAll(wabaIds);
                return signatureHeader != null;
            }

            @Override
            public int applyTemplateStatuses(List<TemplateStatusUpdate> updates) {
                templateEvents.addAll(updates);
                return updates.size();
            }
        };
        TemplateEndpoints endpoints = new TemplateEndpoints((caller, account, d) -> {
            Template t = Template.draft(account == null ? "default" : account, d);
            defined.add(t);
            return t;
        }, (caller, account, name) -> defined, (caller, account, name) ->
                new TemplateSyncResult("default", List.of("wifi_credentials/en"), List.of(), List.of(), List.of(), List.of()));
        api = new HttpApi(new HttpConfig("127.0.0.1", 0, HttpConfig.DEFAULT_MAX_BODY_BYTES), stubs, stubs, stubs, stubs,
                webhook, stubs, stubs, stubs, endpoints, null, null).start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void definesTemplateAndListsIt() {
        HttpResponse<String> created = post("/v1/templates", WIFI, StubUseCases.auth());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("DRAFT", json(created).path("status").asText());
        assertEquals("named", json(created).path("parameter_format").asText());
        JsonNode list = json(get("/v1/templates"));
        assertEquals("wifi_credentials", list.at("/data/0/name").asText());
        assertEquals("wifi_credentials", json(get("/v1/templates/wifi_credentials")).path("name").asText());
    }

    @Test
    void refusesTemplateBreakingMetasRulesNamingTheField() {
        JsonNode p = problem(post("/v1/templates", WIFI.replace("wifi_credentials", "WiFi Credentials"), StubUseCases.auth()), 422);
        assertEquals("name", ApiHarness.firstErrorField(p));
        p = problem(post("/v1/templates", WIFI.replace("{\"param_name\":\"plan\",\"example\":\"daily\"}",
                "{\"param_name\":\"planx\",\"example\":\"daily\"}"), StubUseCases.auth()), 422);
        assertEquals("components.body.example", ApiHarness.firstErrorField(p));
        assertTrue(p.path("detail").asText().contains("plan"), p.toString());
        p = problem(post("/v1/templates", WIFI.replace("\"UTILITY\"", "\"SPAM\""), StubUseCases.auth()), 422);
        assertEquals("category", ApiHarness.firstErrorField(p));
        p = problem(post("/v1/templates", WIFI.replace("\"language\"", "\"colour\":\"red\",\"language\""), StubUseCases.auth()), 422);
        assertEquals("colour", ApiHarness.firstErrorField(p));
        problem(post("/v1/templates", WIFI, Map.of()), 401);
    }

    @Test
    void previewRendersTextAndListsParameterProblems() {
        post("/v1/templates", WIFI, StubUseCases.auth());
        JsonNode preview = json(post("/v1/templates/wifi_credentials/preview",
                "{\"parameters\":{\"buyer_name\":\"Amina\",\"username\":\"u1\",\"password\":\"p1\"}}", StubUseCases.auth()));
        assertEquals("Hi Amina, login u1 / p1 ({{plan}}).", preview.path("text").asText());
        assertEquals("template.parameters.plan", preview.at("/problems/0/field").asText());
        JsonNode p = problem(post("/v1/templates/wifi_credentials/preview", "{\"parameters\":[1,2]}", StubUseCases.auth()), 400);
        assertEquals("parameters[0]", ApiHarness.firstErrorField(p));
    }

    @Test
    void syncAnswersWhatWasDone() {
        JsonNode result = json(post("/v1/templates/sync", "", StubUseCases.auth()));
        assertEquals("wifi_credentials/en", result.at("/created/0").asText());
    }

    @Test
    void refusedTemplateSendListsEveryProblem() {
        stubs.onSend = c -> {
            throw new TemplateRefusedException(List.of(new ParameterProblem("template.parameters.plan", "is missing"),
                    new ParameterProblem("template.parameters.colour", "is not a parameter")));
        };
        JsonNode p = problem(post("/v1/messages", "{\"to\":\"+255781588379\",\"template\":{\"name\":\"wifi_credentials\","
                + "\"language\":\"en\",\"parameters\":{\"colour\":\"red\"}}}", StubUseCases.auth()), 422);
        assertEquals("template.parameters.plan", p.at("/errors/0/field").asText());
        assertEquals("template.parameters.colour", p.at("/errors/1/field").asText());
    }

    @Test
    void otpCodeBecomesBodyAndButtonComponents() {
        HttpResponse<String> r = post("/v1/messages", "{\"to\":\"+255781588379\",\"template\":{\"name\":\"login_code\","
                + "\"language\":\"en\",\"code\":\"123456\"}}", StubUseCases.auth());
        assertEquals(202, r.statusCode(), r.body());
        TemplateContent t = (TemplateContent) stubs.sent.get(0).content();
        assertEquals("123456", ((List<?>) t.components().get(0).get("parameters")).isEmpty() ? null
                : ((Map<?, ?>) ((List<?>) t.components().get(0).get("parameters")).get(0)).get("text"));
        assertEquals("url", t.components().get(1).get("sub_type"));
        JsonNode p = problem(post("/v1/messages", "{\"to\":\"+255781588379\",\"template\":{\"name\":\"login_code\","
                + "\"language\":\"en\",\"code\":\"1234567890123456\"}}", StubUseCases.auth()), 422);
        assertEquals("template.code", ApiHarness.firstErrorField(p));
    }

    @Test
    void templateStatusWebhookIsRoutedByWabaId() {
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"200000000000001","time":1751247548,"changes":[
                 {"field":"message_template_status_update","value":{"event":"REJECTED","message_template_id":1689556908129832,
                  "message_template_name":"wifi_credentials","message_template_language":"en","reason":"INVALID_FORMAT"}}]}]}""";
        HttpResponse<String> r = post("/webhooks/whatsapp", body, Map.of("X-Hub-Signature-256", "sha256=00"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("200000000000001"), wabas);
        TemplateStatusUpdate u = templateEvents.get(0);
        assertEquals("REJECTED", u.event());
        assertEquals("INVALID_FORMAT", u.reason());
        assertEquals("1689556908129832", u.metaTemplateId());
        problem(post("/webhooks/whatsapp", body, Map.of()), 401);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + StubUseCases.KEY).GET());
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
