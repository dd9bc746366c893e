package org.wanotify.domain.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wanotify.domain.DomainException;
import org.wanotify.domain.InvalidFieldException;

/**
 * A {@link TemplateDefinition} in the shape of Meta's create request ({@code name}, {@code language},
 * {@code category}, {@code parameter_format}, {@code components} with {@code example}s), as plain maps and lists:
 * the one format of {@code POST /v1/templates}, the {@code templates/} files, the store and the Graph API.
 */
public final class TemplateShape {
    private static final Set<String> TOP_LEVEL = Set.of("name", "language", "category", "parameter_format", "components",
            "account", "message_send_ttl_seconds", "allow_category_change");

    private TemplateShape() {
    }

    /** Reads a definition; {@code strict} refuses top-level fields that are not part of the format. */
    public static TemplateDefinition fromMap(Map<String, ?> m, boolean strict) {
        if (strict) {
            for (String key : m.keySet()) {
                if (!TOP_LEVEL.contains(key)) {
                    throw new InvalidFieldException(key, "is not a template field (use name, language, category, parameter_format, components)");
                }
            }
        }
        String name = string(m, "name", "name");
        String language = string(m, "language", "language");
        TemplateCategory category = TemplateCategory.parse("category", string(m, "category", "category"));
        ParameterFormat format = ParameterFormat.parse("parameter_format", string(m, "parameter_format", "parameter_format"));
        TemplateHeader header = null;
        String body = null;
        TemplateParameters bodyExample = null;
        String footer = null;
        List<TemplateButton> buttons = List.of();
        boolean security = false;
        Integer expiry = null;
        List<?> components = m.get("components") instanceof List<?> l ? l : null;
        if (components == null) {
            throw new InvalidFieldException("components", "is required: a list with at least a BODY component");
        }
        for (int i = 0; i < components.size(); i++) {
            String at = "components[" + i + "]";
            if (!(components.get(i) instanceof Map<?, ?> c)) {
                throw new InvalidFieldException(at, "must be an object");
            }
            String type = upper(string(c, "type", at + ".type"));
            Map<?, ?> example = c.get("example") instanceof Map<?, ?> e ? e : Map.of();
            try {
                switch (type) {
                    case "HEADER" -> {
                        String text = string(c, "text", at + ".text");
                        List<?> handles = example.get("header_handle") instanceof List<?> h ? h : List.of();
                        header = new TemplateHeader(string(c, "format", at + ".format"), text,
                                examples(example, "header_text", "header_text_named_params", false, at),
                                handles.isEmpty() ? null : String.valueOf(handles.get(0)));
                    }
                    case "BODY" -> {
                        body = string(c, "text", at + ".text");
                        bodyExample = examples(example, "body_text", "body_text_named_params", true, at);
                        security = Boolean.TRUE.equals(c.get("add_security_recommendation"));
                    }
                    case "FOOTER" -> {
                        footer = string(c, "text", at + ".text");
                        expiry = c.get("code_expiration_minutes") instanceof Number n ? n.intValue() : null;
                    }
                    case "BUTTONS" -> buttons = buttons(c, at);
                    default -> throw new InvalidFieldException(at + ".type", "'" + type + "' must be HEADER, BODY, FOOTER or BUTTONS");
                }
            } catch (DomainException e) {
                if (e.field() != null && e.field().startsWith("components")) {
                    throw e;
                }
                throw new InvalidFieldException(e.field() == null ? at : at + "." + e.field(), e.rule());
            }
        }
        return new TemplateDefinition(name, language, category, format, header, body, bodyExample, footer, buttons,
                security, expiry);
    }

    private static TemplateParameters examples(Map<?, ?> example, String positionalKey, String namedKey, boolean nested, String at) {
        if (example.get(namedKey) instanceof List<?> named) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Object o : named) {
                if (!(o instanceof Map<?, ?> p) || !(p.get("param_name") instanceof String n) || p.get("example") == null) {
                    throw new InvalidFieldException(at + ".example." + namedKey, "each entry needs param_name and example");
                }
                values.put(n, String.valueOf(p.get("example")));
            }
            return new TemplateParameters.Named(values);
        }
        Object positional = example.get(positionalKey);
        if (nested && positional instanceof List<?> outer && !outer.isEmpty() && outer.get(0) instanceof List<?> inner) {
            positional = inner;
        }
        if (positional instanceof List<?> values) {
            return new TemplateParameters.Positional(values.stream().map(String::valueOf).toList());
        }
        return TemplateParameters.none();
    }

    private static List<TemplateButton> buttons(Map<?, ?> c, String at) {
        List<?> list = c.get("buttons") instanceof List<?> l ? l : List.of();
        List<TemplateButton> buttons = new ArrayList<>();
        for (int j = 0; j < list.size(); j++) {
            String bat = at + ".buttons[" + j + "]";
            if (!(list.get(j) instanceof Map<?, ?> b)) {
                throw new InvalidFieldException(bat, "must be an object");
            }
            Object ex = b.get("example");
            String example = ex instanceof List<?> exs && !exs.isEmpty() ? String.valueOf(exs.get(0)) : ex instanceof String s ? s : null;
            try {
                buttons.add(new TemplateButton(TemplateButton.parseType("type", string(b, "type", "type")),
                        string(b, "text", "text"), string(b, "url", "url"), string(b, "phone_number", "phone_number"),
                        example, string(b, "otp_type", "otp_type")));
            } catch (DomainException e) {
                throw new InvalidFieldException(bat + "." + e.field(), e.rule());
            }
        }
        return buttons;
    }

    /** The definition as Meta's create request body. */
    public static Map<String, Object> toMap(TemplateDefinition d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", d.name());
        m.put("language", d.language());
        m.put("category", d.category().name());
        m.put("parameter_format", d.parameterFormat().wireName());
        List<Object> components = new ArrayList<>();
        if (d.header() != null) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("type", "HEADER");
            h.put("format", d.header().format());
            if (d.header().text() != null) {
                h.put("text", d.header().text());
            }
            Map<String, Object> example = example(d.header().example(), "header_text", "header_text_named_params", false);
            if (d.header().mediaExample() != null) {
                example.put("header_handle", List.of(d.header().mediaExample()));
            }
            if (!example.isEmpty()) {
                h.put("example", example);
            }
            components.add(h);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "BODY");
        if (d.body() != null) {
            body.put("text", d.body());
        }
        if (d.addSecurityRecommendation()) {
            body.put("add_security_recommendation", true);
        }
        Map<String, Object> bodyExample = example(d.bodyExample(), "body_text", "body_text_named_params", true);
        if (!bodyExample.isEmpty()) {
            body.put("example", bodyExample);
        }
        components.add(body);
        if (d.footer() != null || d.codeExpirationMinutes() != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "FOOTER");
            if (d.footer() != null) {
                f.put("text", d.footer());
            }
            if (d.codeExpirationMinutes() != null) {
                f.put("code_expiration_minutes", d.codeExpirationMinutes());
            }
            components.add(f);
        }
        if (!d.buttons().isEmpty()) {
            List<Object> buttons = new ArrayList<>();
            for (TemplateButton b : d.buttons()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("type", b.type().name());
                putIfPresent(bm, "text", b.text());
                putIfPresent(bm, "url", b.url());
                putIfPresent(bm, "phone_number", b.phoneNumber());
                putIfPresent(bm, "otp_type", b.otpType());
                if (b.example() != null) {
                    bm.put("example", b.type() == TemplateButton.Type.COPY_CODE ? b.example() : List.of(b.example()));
                }
                buttons.add(bm);
            }
            components.add(Map.of("type", "BUTTONS", "buttons", buttons));
        }
        m.put("components", components);
        return m;
    }

    private static Map<String, Object> example(TemplateParameters p, String positionalKey, String namedKey, boolean nested) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (p instanceof TemplateParameters.Named n && !n.isEmpty()) {
            List<Object> named = new ArrayList<>();
            n.values().forEach((k, v) -> named.add(Map.of("param_name", k, "example", v)));
            example.put(namedKey, named);
        } else if (p instanceof TemplateParameters.Positional pos && !pos.isEmpty()) {
            example.put(positionalKey, nested ? List.of(pos.values()) : pos.values());
        }
        return example;
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String string(Map<?, ?> m, String key, String field) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new InvalidFieldException(field, "must be a string");
        }
        return s;
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }
}
