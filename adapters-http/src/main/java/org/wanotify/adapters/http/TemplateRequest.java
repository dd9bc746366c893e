package org.wanotify.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * {@code template} (and {@code fallback_template}) of a send request.
 *
 * @param parameters an array (positional) or an object (named); kept as a tree because its shape decides its meaning
 * @param components Meta's own components, passed through untouched
 * @param code       the one-time password of an AUTHENTICATION template (≤ 15 characters); becomes its body and button parameter
 */
record TemplateRequest(String name, String language, JsonNode parameters, List<Map<String, Object>> components, String code) {
}
