package org.wanotify.domain.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wanotify.domain.InvalidFieldException;

/** The values for a template's placeholders: positional ({{1}}, {{2}}) or named ({{username}}). */
public sealed interface TemplateParameters {
    int MAX_VALUE = 1024;

    boolean isEmpty();

    static TemplateParameters none() {
        return new Positional(List.of());
    }

    /** Values for {{1}}, {{2}}, ... in order. */
    record Positional(List<String> values) implements TemplateParameters {
        public Positional {
            values = List.copyOf(values);
            for (int i = 0; i < values.size(); i++) {
                InvalidFieldException.requireText("template.parameters[" + i + "]", values.get(i), MAX_VALUE);
            }
        }

        @Override
        public boolean isEmpty() {
            return values.isEmpty();
        }
    }

    /** Values by placeholder name, in the caller's order. */
    record Named(Map<String, String> values) implements TemplateParameters {
        public Named {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (!TemplatePlaceholders.isValidName(e.getKey())) {
                    throw new InvalidFieldException("template.parameters." + e.getKey(),
                            "parameter names use lowercase letters, digits and underscores and start with a letter");
                }
                InvalidFieldException.requireText("template.parameters." + e.getKey(), e.getValue(), MAX_VALUE);
            }
        }

        @Override
        public boolean isEmpty() {
            return values.isEmpty();
        }
    }
}
