package org.wanotify.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wanotify.domain.notification.DocumentContent;
import org.wanotify.domain.notification.ImageContent;
import org.wanotify.domain.notification.InteractiveContent;
import org.wanotify.domain.notification.MediaSource;
import org.wanotify.domain.notification.MessageContent;
import org.wanotify.domain.notification.SendError;
import org.wanotify.domain.notification.TemplateContent;
import org.wanotify.domain.notification.TextContent;
import org.wanotify.domain.template.TemplateParameters;

/**
 * The JSON columns, written by hand in the API's snake_case so the domain stays free of Jackson
 * annotations and the stored shape does not change when a record gains a method.
 */
final class JsonCodec {
    private static final TypeReference<Map<String, Object>> RAW_MAP = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, Object>>> RAW_LIST = new TypeReference<>() { };
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };

    private final ObjectMapper mapper = new ObjectMapper();

    String writeContent(MessageContent content) {
        ObjectNode n = mapper.createObjectNode();
        if (content instanceof TextContent t) {
            n.put("body", t.body()).put("preview_url", t.previewUrl());
        } else if (content instanceof TemplateContent t) {
            n.put("name", t.name()).put("language", t.language());
            if (t.parameters() instanceof TemplateParameters.Named named) {
                n.set("parameters", mapper.valueToTree(named.values()));
            } else if (t.parameters() instanceof TemplateParameters.Positional positional) {
                n.set("parameters", mapper.valueToTree(positional.values()));
            }
            n.set("components", mapper.valueToTree(t.components()));
        } else if (content instanceof DocumentContent d) {
            putSource(n, d.source()).put("filename", d.filename()).put("caption", d.caption());
        } else if (content instanceof ImageContent i) {
            putSource(n, i.source()).put("caption", i.caption());
        } else if (content instanceof InteractiveContent i) {
            return write(i.interactive());
        }
        return write(n);
    }

    MessageContent readContent(String type, String json) {
        JsonNode n = read(json);
        switch (type) {
            case "text":
                return new TextContent(text(n, "body"), n.path("preview_url").asBoolean());
            case "template":
                JsonNode p = n.path("parameters");
                TemplateParameters parameters = p.isObject()
                        ? new TemplateParameters.Named(mapper.convertValue(p, STRING_MAP))
                        : p.isArray() ? new TemplateParameters.Positional(mapper.convertValue(p, STRING_LIST)) : null;
                List<Map<String, Object>> components = n.has("components") ? mapper.convertValue(n.get("components"), RAW_LIST) : null;
                return new TemplateContent(text(n, "name"), text(n, "language"), parameters, components);
            case "document":
                return new DocumentContent(source(n), text(n, "filename"), text(n, "caption"));
            case "image":
                return new ImageContent(source(n), text(n, "caption"));
            case "interactive":
                return new InteractiveContent(mapper.convertValue(n, RAW_MAP));
            default:
                throw new IllegalStateException("stored message has an unknown type '" + type + "'");
        }
    }

    String writeMetadata(Map<String, String> metadata) {
        return write(metadata == null ? Map.of() : metadata);
    }

    Map<String, String> readMetadata(String json) {
        return json == null ? Map.of() : mapper.convertValue(read(json), STRING_MAP);
    }

    String writeError(SendError e) {
        if (e == null) {
            return null;
        }
        ObjectNode n = mapper.createObjectNode().put("code", e.code()).put("title", e.title()).put("detail", e.detail())
                .put("fbtrace_id", e.fbtraceId()).put("retryable", e.retryable()).put("hint", e.hint());
        return write(n);
    }

    SendError readError(String json) {
        if (json == null) {
            return null;
        }
        JsonNode n = read(json);
        return new SendError(n.path("code").asInt(), text(n, "title"), text(n, "detail"), text(n, "fbtrace_id"),
                n.path("retryable").asBoolean(), text(n, "hint"));
    }

    String writeAccounts(Set<String> accounts) {
        return write(accounts.stream().sorted().toList());
    }

    Set<String> readAccounts(String json) {
        return new LinkedHashSet<>(mapper.convertValue(read(json), STRING_LIST));
    }

    private ObjectNode putSource(ObjectNode n, MediaSource source) {
        return source.link() != null ? n.put("link", source.link()) : n.put("media_id", source.mediaId());
    }

    private static MediaSource source(JsonNode n) {
        return new MediaSource(text(n, "link"), text(n, "media_id"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a value as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            // The location only: the stored text itself may be a customer's message.
            throw new IllegalStateException("stored JSON is unreadable at " + e.getLocation(), null);
        }
    }
}
