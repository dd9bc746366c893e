package org.wanotify.domain.template;

import java.util.Locale;
import org.wanotify.domain.InvalidFieldException;

/** How a template's placeholders are written: {@code {{1}}} (positional) or {@code {{first_name}}} (named). */
public enum ParameterFormat {
    POSITIONAL, NAMED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ParameterFormat parse(String field, String value) {
        if (value == null) {
            return POSITIONAL;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "positional" -> POSITIONAL;
            case "named" -> NAMED;
            default -> throw new InvalidFieldException(field, "'" + value + "' must be positional or named");
        };
    }
}
