package org.wanotify.application.service;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.template.TemplateParameters;

/** Which parts of a message are sensitive, and the message with them replaced by {@code ***}. */
final class SensitiveContent {
    static final String MASK = "***";
    /** Template parameter names that carry credentials or one-time codes. */
    static final Set<String> SENSITIVE_NAMES = Set.of("password", "pin", "otp", "code", "passcode", "secret");

    private SensitiveContent() {
    }

    /** The redacted content, or null when nothing in it needs redacting. */
    static MessageContent redact(MessageContent content, boolean wholeMessage) {
        if (content instanceof TemplateContent t) {
            TemplateParameters p = t.parameters();
            if (p instanceof TemplateParameters.Named named) {
                Map<String, String> values = new LinkedHashMap<>();
                boolean changed = false;
                for (Map.Entry<String, String> e : named.values().entrySet()) {
                    boolean hide = wholeMessage || SENSITIVE_NAMES.contains(e.getKey().toLowerCase(Locale.ROOT));
                    changed |= hide && !MASK.equals(e.getValue());
                    values.put(e.getKey(), hide ? MASK : e.getValue());
                }
                return changed ? new TemplateContent(t.name(), t.language(), new TemplateParameters.Named(values), null) : null;
            }
            if (wholeMessage && p instanceof TemplateParameters.Positional positional && !positional.isEmpty()) {
                return new TemplateContent(t.name(), t.language(),
                        new TemplateParameters.Positional(positional.values().stream().map(v -> MASK).toList()), null);
            }
            return null;
        }
        if (wholeMessage && content instanceof TextContent text && !MASK.equals(text.body())) {
            return new TextContent(MASK, text.previewUrl());
        }
        return null;
    }
}
