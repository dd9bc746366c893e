package org.wanotify.adapters.http;

import java.util.List;

/** A refusal decided in this adapter (bad query parameter, header, body size), carried to the ProblemMapper. */
final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }

    /** A 400 about one named input (a query parameter, a header, a JSON field). */
    static ProblemException badRequest(String field, String message) {
        return new ProblemException(Problem.invalid(400, "invalid-request", "Invalid request",
                field + ": " + message, List.of(new FieldError(field, message))));
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(Problem.of(413, "payload-too-large", "Payload too large",
                "the request body is larger than " + limit + " bytes"));
    }
}
