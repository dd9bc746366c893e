package org.wanotify.domain.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wanotify.domain.InvalidFieldException;

/** The placeholders of a template text: {@code {{1}}}... (positional) or {@code {{name}}} (named). */
public record TemplatePlaceholders(Format format, List<String> names) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** How a template numbers its placeholders. */
    public enum Format { POSITIONAL, NAMED, NONE }

    public TemplatePlaceholders {
        names = List.copyOf(names);
    }

    public static boolean isValidName(String name) {
        return name != null && name.length() <= 64 && NAME.matcher(name).matches();
    }

    /** Reads the placeholders of {@code text}, refusing mixed formats, gaps and bad names. */
    public static TemplatePlaceholders parse(String field, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        boolean positional = false;
        boolean named = false;
        while (m.find()) {
            String token = m.group(1);
            if (token.matches("[0-9]+")) {
                positional = true;
            } else if (isValidName(token)) {
                named = true;
            } else {
                throw new InvalidFieldException(field, "placeholder {{" + token + "}} is neither a number nor a lowercase name");
            }
            found.add(token);
        }
        if (positional && named) {
            throw new InvalidFieldException(field, "mixes numbered and named placeholders");
        }
        if (positional) {
            List<String> sorted = new ArrayList<>(found);
            sorted.sort(java.util.Comparator.comparingInt(Integer::parseInt));
            for (int i = 0; i < sorted.size(); i++) {
                if (Integer.parseInt(sorted.get(i)) != i + 1) {
                    throw new InvalidFieldException(field, "placeholders must be numbered {{1}} to {{" + sorted.size() + "}} without gaps");
                }
            }
            return new TemplatePlaceholders(Format.POSITIONAL, sorted);
        }
        return new TemplatePlaceholders(named ? Format.NAMED : Format.NONE, new ArrayList<>(found));
    }

    /** The text with each placeholder replaced by its value; unknown placeholders stay as written. */
    public static String render(String text, TemplateParameters parameters) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value = null;
            if (parameters instanceof TemplateParameters.Positional p && token.matches("[0-9]+")) {
                int i = Integer.parseInt(token) - 1;
                value = i >= 0 && i < p.values().size() ? p.values().get(i) : null;
            } else if (parameters instanceof TemplateParameters.Named n) {
                Map<String, String> values = n.values();
                value = values.get(token);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
