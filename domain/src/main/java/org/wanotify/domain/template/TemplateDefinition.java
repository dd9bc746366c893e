package org.wanotify.domain.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wanotify.domain.InvalidFieldException;

/**
 * What a template says, checked against Meta's local rules before it is ever sent for review: the name, lengths
 * (body ≤ 1024, header and footer ≤ 60, button labels ≤ 25), placeholders numbered without gaps or named uniquely
 * in the declared format, and an example for every placeholder. Field names follow Meta's create request.
 *
 * @param body                      the body text; may be null only for AUTHENTICATION templates (Meta writes it)
 * @param bodyExample               the example value of each body placeholder
 * @param addSecurityRecommendation AUTHENTICATION only: Meta appends "For your security, do not share this code."
 * @param codeExpirationMinutes     AUTHENTICATION only: 1–90, shown in the footer; null for none
 */
public record TemplateDefinition(String name, String language, TemplateCategory category, ParameterFormat parameterFormat,
                                 TemplateHeader header, String body, TemplateParameters bodyExample, String footer,
                                 List<TemplateButton> buttons, boolean addSecurityRecommendation,
                                 Integer codeExpirationMinutes) {
    public static final int MAX_BODY = 1024;
    public static final int MAX_FOOTER = 60;
    public static final int MAX_BUTTONS = 10;
    public static final int MAX_OTP = 15;

    public TemplateDefinition {
        name = TemplateName.check("name", name);
        language = checkLanguage(language);
        if (category == null) {
            throw new InvalidFieldException("category", "is required: one of AUTHENTICATION, MARKETING, UTILITY");
        }
        parameterFormat = parameterFormat == null ? ParameterFormat.POSITIONAL : parameterFormat;
        bodyExample = bodyExample == null ? TemplateParameters.none() : bodyExample;
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        if (category == TemplateCategory.AUTHENTICATION) {
            checkAuthentication(body, header, buttons, codeExpirationMinutes);
        } else {
            InvalidFieldException.requireText("components.body.text", body, MAX_BODY);
            TemplatePlaceholders placeholders = placeholders("components.body.text", body, parameterFormat);
            checkNotAtEdges(body);
            checkExamples("components.body.example", placeholders, bodyExample);
            if (header != null && header.isText()) {
                checkExamples("components.header.example",
                        placeholders("components.header.text", header.text(), parameterFormat), header.example());
            }
        }
        if (footer != null) {
            InvalidFieldException.requireText("components.footer.text", footer, MAX_FOOTER);
            if (TemplatePlaceholders.parse("components.footer.text", footer).format() != TemplatePlaceholders.Format.NONE) {
                throw new InvalidFieldException("components.footer.text", "a footer cannot have placeholders");
            }
        }
        checkButtons(buttons);
    }

    static String checkLanguage(String language) {
        InvalidFieldException.requireText("language", language, 15);
        if (!language.matches("[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?")) {
            throw new InvalidFieldException("language", "'" + language + "' is not a language code like en or en_US");
        }
        return language;
    }

    private static TemplatePlaceholders placeholders(String field, String text, ParameterFormat format) {
        TemplatePlaceholders p = TemplatePlaceholders.parse(field, text);
        if (p.format() == TemplatePlaceholders.Format.NAMED && format != ParameterFormat.NAMED) {
            throw new InvalidFieldException(field, "has named placeholders but parameter_format is positional");
        }
        if (p.format() == TemplatePlaceholders.Format.POSITIONAL && format != ParameterFormat.POSITIONAL) {
            throw new InvalidFieldException(field, "has numbered placeholders but parameter_format is named");
        }
        return p;
    }

    /** Meta rejects bodies that start or end with a placeholder (error 2388299). */
    private static void checkNotAtEdges(String body) {
        String trimmed = body.strip();
        if (trimmed.startsWith("{{") || trimmed.endsWith("}}")) {
            throw new InvalidFieldException("components.body.text", "must not start or end with a placeholder (Meta rejects it)");
        }
    }

    private static void checkExamples(String field, TemplatePlaceholders placeholders, TemplateParameters example) {
        if (placeholders.format() == TemplatePlaceholders.Format.NONE) {
            if (!example.isEmpty()) {
                throw new InvalidFieldException(field, "examples given but the text has no placeholders");
            }
            return;
        }
        if (placeholders.format() == TemplatePlaceholders.Format.POSITIONAL) {
            if (!(example instanceof TemplateParameters.Positional p) || p.values().size() != placeholders.names().size()) {
                throw new InvalidFieldException(field, "give one example per placeholder: " + placeholders.names().size()
                        + " values for {{1}} to {{" + placeholders.names().size() + "}}");
            }
            return;
        }
        Set<String> given = example instanceof TemplateParameters.Named n ? n.values().keySet() : Set.of();
        List<String> missing = placeholders.names().stream().filter(name -> !given.contains(name)).toList();
        List<String> extra = given.stream().filter(name -> !placeholders.names().contains(name)).toList();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            throw new InvalidFieldException(field, (missing.isEmpty() ? "" : "missing examples for " + missing)
                    + (missing.isEmpty() || extra.isEmpty() ? "" : "; ") + (extra.isEmpty() ? "" : "examples for unknown placeholders " + extra));
        }
    }

    private static void checkAuthentication(String body, TemplateHeader header, List<TemplateButton> buttons, Integer expiry) {
        if (header != null) {
            throw new InvalidFieldException("components.header", "authentication templates have no header");
        }
        if (body != null) {
            InvalidFieldException.requireMaxLength("components.body.text", body, MAX_BODY);
        }
        if (buttons.size() != 1 || buttons.get(0).type() != TemplateButton.Type.OTP) {
            throw new InvalidFieldException("components.buttons", "authentication templates have exactly one OTP button");
        }
        if (expiry != null && (expiry < 1 || expiry > 90)) {
            throw new InvalidFieldException("components.footer.code_expiration_minutes", "must be between 1 and 90");
        }
    }

    private static void checkButtons(List<TemplateButton> buttons) {
        if (buttons.size() > MAX_BUTTONS) {
            throw new InvalidFieldException("components.buttons", "at most " + MAX_BUTTONS + " buttons");
        }
        long urls = buttons.stream().filter(b -> b.type() == TemplateButton.Type.URL).count();
        long phones = buttons.stream().filter(b -> b.type() == TemplateButton.Type.PHONE_NUMBER).count();
        long codes = buttons.stream().filter(b -> b.type() == TemplateButton.Type.COPY_CODE).count();
        if (urls > 2 || phones > 1 || codes > 1) {
            throw new InvalidFieldException("components.buttons", "at most 2 URL buttons, 1 phone number and 1 copy code button");
        }
    }

    /** The placeholders a send must fill: header and body, in that order ({@code {{1}}} counted once). */
    public List<String> parameterNames() {
        if (category == TemplateCategory.AUTHENTICATION) {
            return List.of("1");
        }
        Set<String> names = new LinkedHashSet<>();
        if (header != null && header.isText()) {
            names.addAll(TemplatePlaceholders.parse("header", header.text()).names());
        }
        names.addAll(TemplatePlaceholders.parse("body", body).names());
        return List.copyOf(names);
    }

    /**
     * Every way {@code given} fails to match this template exactly: the wrong kind (array vs object), a wrong
     * count of positional values, named values missing or not in the template. Empty when it fits.
     */
    public List<ParameterProblem> check(TemplateParameters given) {
        List<String> expected = parameterNames();
        boolean named = parameterFormat == ParameterFormat.NAMED && category != TemplateCategory.AUTHENTICATION;
        List<ParameterProblem> problems = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            if (!expected.isEmpty()) {
                String what = named ? "named parameters " + expected : expected.size() + " positional parameters";
                problems.add(new ParameterProblem("template.parameters", "template '" + name + "' needs " + what + "; none given"));
            }
            return problems;
        }
        if (given instanceof TemplateParameters.Positional p) {
            if (named) {
                problems.add(new ParameterProblem("template.parameters", "template '" + name
                        + "' uses named parameters " + expected + "; give an object, not an array"));
            } else if (p.values().size() != expected.size()) {
                problems.add(new ParameterProblem("template.parameters", "template '" + name + "' needs exactly "
                        + expected.size() + " positional parameters, " + p.values().size() + " given"));
            }
            return problems;
        }
        Map<String, String> values = ((TemplateParameters.Named) given).values();
        if (!named) {
            problems.add(new ParameterProblem("template.parameters", "template '" + name + "' uses " + expected.size()
                    + " positional parameters; give an array, not an object"));
            return problems;
        }
        for (String missing : expected) {
            if (!values.containsKey(missing)) {
                problems.add(new ParameterProblem("template.parameters." + missing, "is missing (template '" + name + "' needs it)"));
            }
        }
        for (String extra : values.keySet()) {
            if (!expected.contains(extra)) {
                problems.add(new ParameterProblem("template.parameters." + extra, "is not a parameter of template '" + name
                        + "' (it has " + expected + ")"));
            }
        }
        return problems;
    }

    /** The text a recipient would read: header, body and footer with the placeholders filled where given. */
    public String render(TemplateParameters parameters) {
        StringBuilder out = new StringBuilder();
        if (header != null && header.isText()) {
            out.append(TemplatePlaceholders.render(header.text(), parameters)).append("\n\n");
        } else if (header != null) {
            out.append('[').append(header.format().toLowerCase(java.util.Locale.ROOT)).append("]\n\n");
        }
        String text = body != null ? body : "{{1}} is your verification code.";
        out.append(TemplatePlaceholders.render(text, parameters));
        if (addSecurityRecommendation) {
            out.append(" For your security, do not share this code.");
        }
        if (footer != null) {
            out.append("\n\n").append(footer);
        } else if (codeExpirationMinutes != null) {
            out.append("\n\nThis code expires in ").append(codeExpirationMinutes).append(" minutes.");
        }
        return out.toString();
    }
}
