package org.wanotify.adapters.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Turns Jackson's complaints about a request body into 400 problems that name the JSON path. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The problem for {@code e}, or null when it is our own mistake (a DTO Jackson cannot build) rather than bad input. */
    static Problem toProblem(JsonProcessingException e) {
        StreamConstraintsException limit = find(e, StreamConstraintsException.class);
        if (limit != null) {
            return Problem.of(400, "invalid-json", "Malformed JSON", describeLimit(limit.getOriginalMessage()));
        }
        if (e instanceof InvalidDefinitionException) {
            return null;
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String field = path(u);
            return fieldProblem(field, "is not a known field"
                    + (u.getKnownPropertyIds() == null ? "" : " (known: " + known(u.getKnownPropertyIds()) + ")"));
        }
        if (e instanceof DatabindException d && !path(d).isEmpty()) {
            return fieldProblem(path(d), expectation(d));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null && !JsonNode.class.isAssignableFrom(m.getTargetType())) {
            return Problem.of(400, "invalid-request", "Invalid request", "the body " + expectation(m));
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return Problem.of(400, "invalid-json", "Malformed JSON", "the body is not valid JSON" + where + ": " + e.getOriginalMessage());
    }

    private static Problem fieldProblem(String field, String message) {
        return Problem.invalid(400, "invalid-request", "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    /** The JSON path in the API's own spelling: {@code template.parameters[1]}. */
    static String path(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String expectation(DatabindException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type == null) {
            return "has the wrong type or value";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    private static String describeLimit(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "the JSON is nested deeper than " + JsonMappers.MAX_NESTING_DEPTH + " levels";
        }
        if (m.contains("String value length")) {
            return "a JSON string is longer than " + JsonMappers.MAX_STRING_LENGTH + " characters";
        }
        if (m.contains("Number value length")) {
            return "a JSON number has too many digits";
        }
        if (m.contains("Name length")) {
            return "a JSON field name is too long";
        }
        return "the JSON exceeds a size limit";
    }

    private static String known(Collection<Object> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).sorted().toList());
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
