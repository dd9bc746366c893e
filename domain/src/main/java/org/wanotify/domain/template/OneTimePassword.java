package org.wanotify.domain.template;

import java.util.List;
import java.util.Map;
import org.wanotify.domain.InvalidFieldException;

/**
 * A one-time password for an AUTHENTICATION template send, and the components Meta expects for it: the code as the
 * body parameter and again as the text parameter of the OTP button ({@code sub_type "url"}, {@code index "0"}).
 */
public record OneTimePassword(String code) {
    public OneTimePassword {
        InvalidFieldException.requireText("template.code", code, TemplateDefinition.MAX_OTP);
        if (code.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidFieldException("template.code", "must not contain spaces");
        }
    }

    /** The send components in Meta's shape (graph-api-facts §1, authentication templates). */
    public List<Map<String, Object>> components() {
        Map<String, Object> parameter = Map.of("type", "text", "text", code);
        return List.of(
                Map.of("type", "body", "parameters", List.of(parameter)),
                Map.of("type", "button", "sub_type", "url", "index", "0", "parameters", List.of(parameter)));
    }

    @Override
    public String toString() {
        return "OneTimePassword[***]";
    }
}
