package org.wanotify.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.SendMessageCommand;
import org.wanotify.domain.DomainException;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.notification.DocumentContent;
import org.wanotify.domain.notification.ImageContent;
import org.wanotify.domain.notification.InteractiveContent;
import org.wanotify.domain.notification.MediaSource;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.template.OneTimePassword;
import org.wanotify.domain.template.TemplateParameters;

/** Turns a parsed send request into the use case's command, building (and so checking) the domain values. */
final class SendMessageTranslator {

    static final int MAX_METADATA_KEYS = 20;
    static final int MAX_METADATA_KEY_LENGTH = 40;
    static final int MAX_METADATA_VALUE_LENGTH = 500;
    private static final List<String> CONTENT_FIELDS = List.of("text", "template", "document", "image", "interactive");

    private SendMessageTranslator() {
    }

    static SendMessageCommand toCommand(SendMessageRequest r, Caller caller, String idempotencyKey, String fingerprint,
                                        Duration waitFor) {
        InvalidFieldException.requireText("to", r.to(), 64);
        if (r.account() != null) {
            InvalidFieldException.requireText("account", r.account(), 64);
        }
        MessageContent content = content(r);
        TemplateContent fallback = r.fallbackTemplate() == null ? null : template("fallback_template", r.fallbackTemplate());
        return new SendMessageCommand(caller, r.account(), r.to(), content, fallback, metadata(r.metadata()),
                callbackUrl(r.callbackUrl()), idempotencyKey, fingerprint, waitFor, Boolean.TRUE.equals(r.sensitive()));
    }

    private static MessageContent content(SendMessageRequest r) {
        List<Object> given = java.util.Arrays.asList(r.text(), r.template(), r.document(), r.image(), r.interactive());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) != null) {
                errors.add(new FieldError(CONTENT_FIELDS.get(i), "give only one of " + String.join(", ", CONTENT_FIELDS)));
            }
        }
        if (errors.isEmpty()) {
            throw new InvalidFieldException("text", "one of " + String.join(", ", CONTENT_FIELDS) + " is required");
        }
        if (errors.size() > 1) {
            throw new ProblemException(Problem.invalid(422, "validation", "Validation failed",
                    "a message has exactly one of " + String.join(", ", CONTENT_FIELDS), errors));
        }
        if (r.text() != null) {
            return new TextContent(r.text().body(), Boolean.TRUE.equals(r.text().previewUrl()));
        }
        if (r.template() != null) {
            return template("template", r.template());
        }
        if (r.document() != null) {
            DocumentRequest d = r.document();
            return new DocumentContent(MediaSource.of("document", d.link(), d.mediaId()), d.filename(), d.caption());
        }
        if (r.image() != null) {
            ImageRequest i = r.image();
            return new ImageContent(MediaSource.of("image", i.link(), i.mediaId()), i.caption());
        }
        return new InteractiveContent(r.interactive());
    }

    /** The domain names its fields {@code template.*}; a fallback template must say {@code fallback_template.*}. */
    private static TemplateContent template(String field, TemplateRequest t) {
        try {
            if (t.code() != null) {
                // an authentication template: the code fills the body and the OTP button, as Meta documents
                if (t.components() != null || (t.parameters() != null && !t.parameters().isNull())) {
                    throw new InvalidFieldException("template.code", "give code alone, without parameters or components");
                }
                return new TemplateContent(t.name(), t.language(), null, new OneTimePassword(t.code()).components());
            }
            return new TemplateContent(t.name(), t.language(), parameters(t.parameters()), t.components());
        } catch (DomainException e) {
            if (field.equals("template") || e.field() == null || !e.field().startsWith("template")) {
                throw e;
            }
            throw new InvalidFieldException(field + e.field().substring("template".length()), e.rule());
        }
    }

    private static TemplateParameters parameters(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return TemplateParameters.none();
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                values.add(string(node.get(i), "template.parameters[" + i + "]"));
            }
            return new TemplateParameters.Positional(values);
        }
        if (node.isObject()) {
            Map<String, String> values = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> values.put(e.getKey(), string(e.getValue(), "template.parameters." + e.getKey())));
            return new TemplateParameters.Named(values);
        }
        throw ProblemException.badRequest("template.parameters", "must be an array (positional) or an object (named)");
    }

    private static String string(JsonNode value, String field) {
        if (!value.isTextual()) {
            throw ProblemException.badRequest(field, "must be a string");
        }
        return value.textValue();
    }

    private static Map<String, String> metadata(Map<String, String> metadata) {
        if (metadata == null) {
            return Map.of();
        }
        if (metadata.size() > MAX_METADATA_KEYS) {
            throw new InvalidFieldException("metadata", "at most " + MAX_METADATA_KEYS + " keys");
        }
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String key = e.getKey();
            if (key.isBlank() || key.codePointCount(0, key.length()) > MAX_METADATA_KEY_LENGTH) {
                throw new InvalidFieldException("metadata", "keys must be 1 to " + MAX_METADATA_KEY_LENGTH + " characters");
            }
            if (e.getValue() == null) {
                throw new InvalidFieldException("metadata." + key, "must be a string");
            }
            InvalidFieldException.requireMaxLength("metadata." + key, e.getValue(), MAX_METADATA_VALUE_LENGTH);
        }
        return metadata;
    }

    static String callbackUrl(String url) {
        if (url == null) {
            return null;
        }
        InvalidFieldException.requireText("callback_url", url, 2048);
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new InvalidFieldException("callback_url", "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidFieldException("callback_url", "must be an absolute http(s) URL");
        }
        return uri.toString();
    }
}
