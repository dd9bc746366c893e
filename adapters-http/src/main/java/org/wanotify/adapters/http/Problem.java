package org.wanotify.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document, the body of every error answer. */
record Problem(String type, String title, int status, String detail,
               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final String BASE = "https://wanotify.org/problems/";

    Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static Problem of(int status, String slug, String title, String detail) {
        return new Problem(slug == null ? "about:blank" : BASE + slug, title, status, detail, List.of());
    }

    static Problem invalid(int status, String slug, String title, String detail, List<FieldError> errors) {
        return new Problem(BASE + slug, title, status, detail, errors);
    }
}
