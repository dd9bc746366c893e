package org.wanotify.domain.template;

import java.util.Locale;
import org.wanotify.domain.InvalidFieldException;

/** Meta's template categories; they decide pricing and review. */
public enum TemplateCategory {
    AUTHENTICATION, MARKETING, UTILITY;

    public static TemplateCategory parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required: one of AUTHENTICATION, MARKETING, UTILITY");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "'" + value + "' must be one of AUTHENTICATION, MARKETING, UTILITY");
        }
    }
}
