package org.wanotify.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import java.util.Optional;
import org.wanotify.application.port.in.AuthenticateUseCase;
import org.wanotify.application.port.in.Caller;

/** Guards {@code /v1/*}: {@code Authorization: Bearer <key>} must name a known API key. */
final class ApiKeyAuth implements Handler {

    private static final String CALLER = "wanotify.caller";
    private static final String SCHEME = "bearer ";
    /** Real keys are far shorter; refusing giants spares hashing megabytes of header. */
    private static final int MAX_KEY_LENGTH = 512;

    private final AuthenticateUseCase authenticate;

    ApiKeyAuth(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public void handle(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("an API key is required: Authorization: Bearer <key>");
        }
        if (header.length() < SCHEME.length() || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            throw unauthorized("the Authorization header must use the Bearer scheme");
        }
        String key = header.substring(SCHEME.length()).strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw unauthorized("the API key is not valid");
        }
        Optional<Caller> caller = authenticate.authenticate(key);
        if (caller.isEmpty()) {
            // deliberately vague: never echo the key, never say whether it once existed
            throw unauthorized("the API key is not valid");
        }
        ctx.attribute(CALLER, caller.get());
    }

    /** The caller this request authenticated as. */
    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("route is not behind ApiKeyAuth");
        }
        return caller;
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "unauthorized", "Unauthorized", detail));
    }
}
