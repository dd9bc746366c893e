package org.wanotify.adapters.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wanotify.domain.notification.DocumentContent;
import org.wanotify.domain.notification.ImageContent;
import org.wanotify.domain.notification.InteractiveContent;
import org.wanotify.domain.notification.MediaSource;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.template.TemplateParameters;

/**
 * Every kind of content becomes a body that Meta's own {@code Message} schema accepts (see {@link MetaMessageSchema}
 * for the repairs the schema needs), and the validator does reject bodies that are wrong.
 */
class GraphMessageMapperSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GraphMessageMapper mapper = new GraphMessageMapper();

    private ObjectNode build(MessageContent content) {
        return JSON.valueToTree(mapper.toRequest(TestData.message("0781588379", content)));
    }

    private static void assertValid(JsonNode body) {
        List<String> errors = MetaMessageSchema.errors(body);
        assertTrue(errors.isEmpty(), () -> body + " fails Meta's schema: " + errors);
    }

    @Test
    void textMessageMatchesMetaSchemaWithEnvelope() {
        ObjectNode body = build(new TextContent("Your code is 1234 https://x.example", true));
        assertValid(body);
        assertEquals("whatsapp", body.path("messaging_product").asText());
        assertEquals("individual", body.path("recipient_type").asText());
        assertEquals("+255781588379", body.path("to").asText());
        assertEquals("text", body.path("type").asText());
        assertEquals("msg_01JDAAAAAAAAAAAAAAAAAAAAAA", body.path("biz_opaque_callback_data").asText());
        assertEquals("Your code is 1234 https://x.example", body.at("/text/body").asText());
        assertTrue(body.at("/text/preview_url").asBoolean());
        assertEquals(6, body.size(), () -> "no other top-level fields: " + body);
    }

    @Test
    void positionalTemplateBecomesOneBodyComponentWithTextParameters() {
        ObjectNode body = build(new TemplateContent("payment_received", "en_US",
                new TemplateParameters.Positional(List.of("Asha", "TZS 5,000")), null));
        assertValid(body);
        assertEquals("payment_received", body.at("/template/name").asText());
        assertEquals("en_US", body.at("/template/language/code").asText());
        assertEquals(JSON.valueToTree(List.of(Map.of("type", "body", "parameters", List.of(
                Map.of("type", "text", "text", "Asha"), Map.of("type", "text", "text", "TZS 5,000"))))),
                body.at("/template/components"));
    }

    @Test
    void namedTemplateParametersCarryTheirParameterName() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("customer_name", "Asha");
        values.put("amount", "5000");
        ObjectNode body = build(new TemplateContent("payment_received", "sw", new TemplateParameters.Named(values), null));
        assertValid(body);
        JsonNode parameters = body.at("/template/components/0/parameters");
        assertEquals("customer_name", parameters.at("/0/parameter_name").asText());
        assertEquals("Asha", parameters.at("/0/text").asText());
        assertEquals("amount", parameters.at("/1/parameter_name").asText());
        assertEquals("text", parameters.at("/1/type").asText());
    }

    @Test
    void rawTemplateComponentsPassThroughUnchanged() {
        List<Map<String, Object>> components = List.of(
                Map.of("type", "header", "parameters", List.of(Map.of("type", "image", "image", Map.of("link", "https://cdn.example/h.jpg")))),
                Map.of("type", "body", "parameters", List.of(
                        Map.of("type", "currency", "currency", Map.of("fallback_value", "$100.99", "code", "USD", "amount_1000", 100990)),
                        Map.of("type", "date_time", "date_time", Map.of("fallback_value", "February 25, 1977")))),
                Map.of("type", "button", "sub_type", "quick_reply", "index", "0", "parameters", List.of(Map.of("type", "payload", "payload", "STOP"))),
                Map.of("type", "button", "sub_type", "url", "index", "1", "parameters", List.of(Map.of("type", "text", "text", "order/42"))),
                Map.of("type", "button", "sub_type", "copy_code", "index", "2", "parameters", List.of(Map.of("type", "coupon_code", "coupon_code", "250FF"))));
        ObjectNode body = build(new TemplateContent("order_update", "en", null, components));
        assertValid(body);
        assertEquals(JSON.valueToTree(components), body.at("/template/components"));
    }

    @Test
    void templateWithoutParametersHasNoComponentsKey() {
        ObjectNode body = build(new TemplateContent("hello_world", "en_US", null, null));
        assertValid(body);
        assertFalse(body.path("template").has("components"));
    }

    @Test
    void documentByLinkKeepsFilenameAndCaption() {
        ObjectNode body = build(new DocumentContent(MediaSource.of("document", "https://pay.example/inv/42.pdf", null), "invoice-42.pdf", "Your invoice"));
        assertValid(body);
        assertEquals("{\"link\":\"https://pay.example/inv/42.pdf\",\"filename\":\"invoice-42.pdf\",\"caption\":\"Your invoice\"}",
                body.path("document").toString());
    }

    @Test
    void documentByMediaIdSendsIdOnly() {
        ObjectNode body = build(new DocumentContent(MediaSource.of("document", null, "1037543291543636"), null, null));
        assertValid(body);
        assertEquals("{\"id\":\"1037543291543636\"}", body.path("document").toString());
    }

    @Test
    void imageByLinkWithCaption() {
        ObjectNode body = build(new ImageContent(MediaSource.of("image", "https://cdn.example/receipt.png", null), "Receipt"));
        assertValid(body);
        assertEquals("{\"link\":\"https://cdn.example/receipt.png\",\"caption\":\"Receipt\"}", body.path("image").toString());
    }

    @Test
    void interactiveIsPassedThroughInMetaShape() {
        Map<String, Object> interactive = Map.of("type", "button", "body", Map.of("text", "Renew your bundle?"),
                "action", Map.of("buttons", List.of(
                        Map.of("type", "reply", "reply", Map.of("id", "renew", "title", "Renew")),
                        Map.of("type", "reply", "reply", Map.of("id", "stop", "title", "Not now")))));
        ObjectNode body = build(new InteractiveContent(interactive));
        assertValid(body);
        assertEquals(JSON.valueToTree(interactive), body.path("interactive"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Send Text Message", "Send Reply to Text Message", "Send Image Message by URL",
            "Send Document Message by ID", "Send Document Message by URL", "Send Message Template Text",
            "Send Message Template Media", "Send Reply Button", "Send List Message"})
    void metaOwnRequestExamplesPassTheRepairedSchema(String example) {
        assertValid(MetaMessageSchema.requestExample(example));
    }

    @Test
    void schemaRejectsBodyWithoutTo() {
        ObjectNode body = build(new TextContent("hi", false));
        body.remove("to");
        assertTrue(MetaMessageSchema.errors(body).contains("$: required property 'to' not found"), () -> MetaMessageSchema.errors(body).toString());
    }

    @Test
    void schemaRejectsTypeObjectThatDoesNotMatchType() {
        ObjectNode body = build(new TextContent("hi", false));
        body.set("image", body.remove("text"));
        assertFalse(MetaMessageSchema.errors(body).isEmpty());
    }

    @Test
    void schemaRejectsUnknownFieldInsideText() {
        ObjectNode body = build(new TextContent("hi", false));
        ((ObjectNode) body.path("text")).put("previewUrl", true);
        assertTrue(MetaMessageSchema.errors(body).stream().anyMatch(e -> e.contains("'previewUrl' is not defined")),
                () -> MetaMessageSchema.errors(body).toString());
    }

    @Test
    void schemaRejectsButtonWithoutIndexAndTextParameterWithoutText() {
        ObjectNode button = build(new TemplateContent("t", "en", null, List.of(
                Map.of("type", "button", "sub_type", "quick_reply", "parameters", List.of(Map.of("type", "payload", "payload", "X"))))));
        assertTrue(MetaMessageSchema.errors(button).stream().anyMatch(e -> e.contains("components[0]: required property 'index'")),
                () -> "button without index: " + MetaMessageSchema.errors(button));
        ObjectNode parameter = build(new TemplateContent("t", "en", null, List.of(
                Map.of("type", "body", "parameters", List.of(Map.of("type", "text", "txt", "X"))))));
        assertTrue(MetaMessageSchema.errors(parameter).stream().anyMatch(e -> e.contains("parameters[0]: required property 'text'")),
                () -> "text parameter without text: " + MetaMessageSchema.errors(parameter));
    }
}
