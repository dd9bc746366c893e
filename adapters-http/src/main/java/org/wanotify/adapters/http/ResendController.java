package org.wanotify.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.wanotify.application.port.in.ResendMessageUseCase;
import org.wanotify.application.port.in.SendMessageResult;

/** {@code POST /v1/messages/{id}/resend}: a new message with the same content; answers like a send (202, Location). */
final class ResendController {
    private final ResendMessageUseCase resend;
    private final JsonBodies json;

    ResendController(ResendMessageUseCase resend, JsonBodies json) {
        this.resend = resend;
        this.json = json;
    }

    void routes(RoutesConfig routes) {
        routes.post("/v1/messages/{id}/resend", this::resend);
    }

    private void resend(Context ctx) throws java.io.IOException {
        SendMessageResult result = resend.resend(ApiKeyAuth.caller(ctx), ctx.pathParam("id"));
        ctx.header("Location", "/v1/messages/" + result.message().id().value());
        json.respond(ctx, 202, MessageSummaryView.of(result.message(), result.warning()));
    }
}
