package org.wanotify.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.template.TemplateParameters;

class MessageRedactionTest {
    private static TemplateContent template(Map<String, String> params) {
        return new TemplateContent("wifi_credentials", "en", new TemplateParameters.Named(params), null);
    }

    @Test
    void hidesCredentialParametersByName() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("username", "user123");
        params.put("password", "pass456");
        TemplateContent redacted = (TemplateContent) SensitiveContent.redact(template(params), false);
        Map<String, String> values = ((TemplateParameters.Named) redacted.parameters()).values();
        assertEquals("user123", values.get("username"));
        assertEquals("***", values.get("password"));
    }

    @Test
    void leavesOrdinaryMessagesAlone() {
        assertNull(SensitiveContent.redact(template(Map.of("plan", "daily")), false));
        assertNull(SensitiveContent.redact(new TextContent("hello", false), false));
        assertNull(SensitiveContent.redact(template(Map.of("password", "***")), false), "already redacted");
    }

    @Test
    void hidesEverythingOfAMessageMarkedSensitive() {
        MessageContent text = SensitiveContent.redact(new TextContent("your code is 4711", false), true);
        assertEquals("***", ((TextContent) text).body());
        TemplateContent positional = (TemplateContent) SensitiveContent.redact(
                new TemplateContent("otp", "en", new TemplateParameters.Positional(List.of("4711")), null), true);
        assertEquals(List.of("***"), ((TemplateParameters.Positional) positional.parameters()).values());
    }
}
