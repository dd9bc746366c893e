package org.wanotify.adapters.whatsapp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One request the simulator received. The {@code Authorization} header is left out of {@code headers};
 * {@code bearerMatched} says whether it carried the expected token.
 *
 * @param headers header names in lower case
 * @param body    the parsed JSON body, or null when there was none or it was not JSON
 */
public record SimulatedRequest(String method, String path, Map<String, List<String>> headers, boolean bearerMatched,
                               JsonNode body) {
    public SimulatedRequest {
        headers = Map.copyOf(headers);
    }

    /** The first value of header {@code name} (any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
