package org.wanotify.domain.notification;

import java.util.List;
import java.util.Map;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.template.TemplateName;
import org.wanotify.domain.template.TemplateParameters;

/**
 * An approved template by name and language, filled with parameters, or with {@code components}
 * given in Meta's own shape (headers, buttons, media).
 */
public record TemplateContent(String name, String language, TemplateParameters parameters,
                              List<Map<String, Object>> components) implements MessageContent {
    public TemplateContent {
        name = TemplateName.check("template.name", name);
        InvalidFieldException.requireText("template.language", language, 15);
        if (!language.matches("[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?")) {
            throw new InvalidFieldException("template.language", "'" + language + "' is not a language code like en or en_US");
        }
        parameters = parameters == null ? TemplateParameters.none() : parameters;
        components = components == null ? List.of() : List.copyOf(components);
        if (!components.isEmpty() && !parameters.isEmpty()) {
            throw new InvalidFieldException("template", "give parameters or components, not both");
        }
    }

    @Override
    public String type() {
        return "template";
    }
}
