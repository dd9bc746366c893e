package org.wanotify.adapters.http;

import io.javalin.http.Context;

/** Refuses client keys on admin routes with 403 before any body is read. */
final class AdminOnly {
    private AdminOnly() {
    }

    static void require(Context ctx) {
        if (!ApiKeyAuth.caller(ctx).admin()) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden", "this needs an admin API key"));
        }
    }
}
