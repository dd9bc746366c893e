package org.wanotify.adapters.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Meta's {@code template} object; {@code components} holds {@link GraphTemplateComponent}s or the caller's raw
 * maps, and is left out when the template has no parameters.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GraphTemplate(String name, GraphLanguage language, List<Object> components) {
}
