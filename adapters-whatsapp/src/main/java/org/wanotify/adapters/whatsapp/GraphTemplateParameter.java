package org.wanotify.adapters.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A text parameter of a template component; {@code parameter_name} only for templates with named placeholders. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GraphTemplateParameter(String type, String text, @JsonProperty("parameter_name") String parameterName) {
    public static GraphTemplateParameter positional(String value) {
        return new GraphTemplateParameter("text", value, null);
    }

    public static GraphTemplateParameter named(String name, String value) {
        return new GraphTemplateParameter("text", value, name);
    }
}
