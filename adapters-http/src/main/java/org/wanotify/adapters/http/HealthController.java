package org.wanotify.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.wanotify.application.port.in.GetHealthUseCase;
import org.wanotify.application.port.in.Health;

/** {@code GET /health}, unauthenticated: 200 when the status is ok, 503 otherwise, for load balancers and monitors. */
final class HealthController {

    /** Deliberately no paused reason: this endpoint needs no key, so it says only what a monitor needs. */
    record AccountView(String name, String state) {
    }

    record HealthView(String status, String mode, String db, List<AccountView> accounts) {
    }

    private final GetHealthUseCase health;
    private final JsonBodies json;

    HealthController(GetHealthUseCase health, JsonBodies json) {
        this.health = health;
        this.json = json;
    }

    void routes(RoutesConfig routes) {
        routes.get("/health", this::health);
    }

    private void health(Context ctx) throws IOException {
        Health h = health.health();
        List<AccountView> accounts = h.accounts() == null ? List.of()
                : h.accounts().stream().map(a -> new AccountView(a.name(), a.state())).toList();
        ctx.header("Cache-Control", "no-store");
        json.respond(ctx, "ok".equals(h.status()) ? 200 : 503, new HealthView(h.status(), h.mode(), h.db(), accounts));
    }
}
