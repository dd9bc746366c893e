package org.wanotify.adapters.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.template.OneTimePassword;

/** An authentication template send carries the code in the body and in the OTP button, as Meta documents. */
class OneTimePasswordSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void otpSendHasBodyAndUrlButtonParametersAndPassesMetaSchema() {
        TemplateContent content = new TemplateContent("login_code", "en", null, new OneTimePassword("123456").components());
        JsonNode body = JSON.valueToTree(new GraphMessageMapper().toRequest(TestData.message("+255781588379", content)));
        assertTrue(MetaMessageSchema.errors(body).isEmpty(), () -> MetaMessageSchema.errors(body).toString());
        JsonNode components = body.path("template").path("components");
        assertEquals("body", components.at("/0/type").asText());
        assertEquals("text", components.at("/0/parameters/0/type").asText());
        assertEquals("123456", components.at("/0/parameters/0/text").asText());
        assertEquals("button", components.at("/1/type").asText());
        assertEquals("url", components.at("/1/sub_type").asText());
        assertEquals("0", components.at("/1/index").asText());
        assertEquals("123456", components.at("/1/parameters/0/text").asText());
    }
}
