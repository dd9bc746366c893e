package org.wanotify.domain.template;

import java.util.Locale;
import org.wanotify.domain.InvalidFieldException;

/**
 * A template's header: text (≤ 60 characters, at most one placeholder) or media.
 *
 * @param format       TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION
 * @param example      the value shown to Meta's reviewers for the text placeholder; empty when there is none
 * @param mediaExample the Resumable Upload handle Meta wants as the example of a media header
 */
public record TemplateHeader(String format, String text, TemplateParameters example, String mediaExample) {
    public static final int MAX_TEXT = 60;

    public TemplateHeader {
        format = format == null ? "TEXT" : format.strip().toUpperCase(Locale.ROOT);
        if (!format.matches("TEXT|IMAGE|VIDEO|DOCUMENT|LOCATION")) {
            throw new InvalidFieldException("format", "'" + format + "' must be TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION");
        }
        example = example == null ? TemplateParameters.none() : example;
        if (format.equals("TEXT")) {
            InvalidFieldException.requireText("text", text, MAX_TEXT);
            TemplatePlaceholders placeholders = TemplatePlaceholders.parse("text", text);
            if (placeholders.names().size() > 1) {
                throw new InvalidFieldException("text", "a header has at most one placeholder");
            }
        } else if (text != null) {
            throw new InvalidFieldException("text", "only TEXT headers have text");
        }
    }

    public boolean isText() {
        return format.equals("TEXT");
    }
}
