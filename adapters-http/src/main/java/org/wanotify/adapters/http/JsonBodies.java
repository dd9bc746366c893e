package org.wanotify.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads request bodies with the strict mapper and writes JSON answers. */
final class JsonBodies {

    static final String CONTENT_TYPE = "application/json";

    private final ObjectMapper json;

    JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    ObjectMapper mapper() {
        return json;
    }

    /** The body as a JSON object; anything else (empty, an array, a string) is a 400. */
    JsonNode readObject(byte[] body) throws IOException {
        JsonNode tree = json.readTree(body);
        if (tree == null || tree.isMissingNode()) {
            throw new ProblemException(Problem.of(400, "invalid-json", "Malformed JSON", "a JSON object is required as the body"));
        }
        if (!tree.isObject()) {
            throw new ProblemException(Problem.of(400, "invalid-request", "Invalid request", "the body must be a JSON object"));
        }
        return tree;
    }

    <T> T convert(JsonNode tree, Class<T> type) throws JsonProcessingException {
        return json.treeToValue(tree, type);
    }

    void respond(Context ctx, int status, Object body) throws JsonProcessingException {
        ctx.status(status).contentType(CONTENT_TYPE).result(json.writeValueAsBytes(body));
    }
}
