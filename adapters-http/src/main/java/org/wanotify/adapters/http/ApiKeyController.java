package org.wanotify.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.wanotify.application.port.in.IssuedApiKey;
import org.wanotify.application.port.in.ManageApiKeysUseCase;
import org.wanotify.domain.InvalidFieldException;

/** {@code /v1/api-keys}: admin-only; a key is shown once when created, then only its id and name. */
final class ApiKeyController {
    private static final int MAX_ACCOUNTS = 100;

    private final ManageApiKeysUseCase keys;
    private final JsonBodies json;
    private final int maxBodyBytes;

    ApiKeyController(ManageApiKeysUseCase keys, JsonBodies json, int maxBodyBytes) {
        this.keys = keys;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    void routes(RoutesConfig routes) {
        routes.post("/v1/api-keys", this::create);
        routes.get("/v1/api-keys", this::list);
        routes.delete("/v1/api-keys/{id}", this::revoke);
    }

    private void create(Context ctx) throws IOException {
        AdminOnly.require(ctx);
        ApiKeyRequest r = json.convert(json.readObject(RequestBodies.read(ctx, maxBodyBytes)), ApiKeyRequest.class);
        Set<String> accounts = null;
        if (r.accounts() != null) {
            if (r.accounts().size() > MAX_ACCOUNTS) {
                throw new InvalidFieldException("accounts", "must name at most " + MAX_ACCOUNTS + " accounts");
            }
            accounts = new LinkedHashSet<>();
            for (int i = 0; i < r.accounts().size(); i++) {
                accounts.add(InvalidFieldException.requireText("accounts[" + i + "]", r.accounts().get(i), 64));
            }
        }
        IssuedApiKey issued = keys.create(ApiKeyAuth.caller(ctx), r.name(), accounts, SendMessageTranslator.callbackUrl(r.callbackUrl()));
        ctx.header("Cache-Control", "no-store");
        json.respond(ctx, 201, IssuedApiKeyView.of(issued));
    }

    private void list(Context ctx) throws IOException {
        AdminOnly.require(ctx);
        json.respond(ctx, 200, Map.of("api_keys", keys.list(ApiKeyAuth.caller(ctx)).stream().map(ApiKeyView::of).toList()));
    }

    private void revoke(Context ctx) {
        AdminOnly.require(ctx);
        String id = ctx.pathParam("id");
        if (id.length() > 64 || !keys.revoke(ApiKeyAuth.caller(ctx), id)) {
            throw new ProblemException(Problem.of(404, "not-found", "Not found", "no active API key with that id"));
        }
        ctx.status(204);
    }
}
