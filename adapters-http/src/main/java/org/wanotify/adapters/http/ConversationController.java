package org.wanotify.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import org.wanotify.application.port.in.GetConversationUseCase;

/** {@code GET /v1/conversations/{phone}}: whether the customer's 24-hour window is open. */
final class ConversationController {
    private final GetConversationUseCase conversations;
    private final JsonBodies json;

    ConversationController(GetConversationUseCase conversations, JsonBodies json) {
        this.conversations = conversations;
        this.json = json;
    }

    void routes(RoutesConfig routes) {
        routes.get("/v1/conversations/{phone}", this::get);
    }

    private void get(Context ctx) throws IOException {
        json.respond(ctx, 200, ConversationView.of(conversations.get(ApiKeyAuth.caller(ctx), ctx.queryParam("account"),
                ctx.pathParam("phone"))));
    }
}
