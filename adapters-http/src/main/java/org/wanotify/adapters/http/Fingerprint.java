package org.wanotify.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a request body in canonical form (object keys sorted at every level, no whitespace),
 * so a retried request that differs only in formatting or key order counts as the same request.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(ObjectMapper json, JsonNode body) {
        try {
            byte[] canonical = json.writeValueAsBytes(canonical(body, json.getNodeFactory()));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a request", e);
        }
    }

    static JsonNode canonical(JsonNode node, JsonNodeFactory factory) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode sorted = factory.objectNode();
            for (String name : names) {
                sorted.set(name, canonical(node.get(name), factory));
            }
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode copy = factory.arrayNode();
            node.forEach(element -> copy.add(canonical(element, factory)));
            return copy;
        }
        return node;
    }
}
