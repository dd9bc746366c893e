package org.wanotify.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wanotify.application.port.in.ListAuditUseCase;
import org.wanotify.application.port.out.AuditEntry;

/** {@code GET /v1/audit?limit=&cursor=}: the audit trail for admins, newest first, cursor paging. */
final class AuditController {
    private static final int MAX_LIMIT = 200;

    private final ListAuditUseCase audit;
    private final JsonBodies json;

    AuditController(ListAuditUseCase audit, JsonBodies json) {
        this.audit = audit;
        this.json = json;
    }

    void routes(RoutesConfig routes) {
        routes.get("/v1/audit", this::list);
    }

    private void list(Context ctx) throws IOException {
        AdminOnly.require(ctx);
        int limit = number(ctx, "limit", 1, MAX_LIMIT, 50);
        Long before = ctx.queryParam("cursor") == null ? null : (long) number(ctx, "cursor", 1, Integer.MAX_VALUE, 0);
        List<AuditEntry> entries = audit.list(ApiKeyAuth.caller(ctx), before, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", entries.stream().map(AuditController::view).toList());
        body.put("next_cursor", entries.size() == limit ? String.valueOf(entries.get(entries.size() - 1).id()) : null);
        json.respond(ctx, 200, body);
    }

    private static Map<String, Object> view(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("at", e.at());
        m.put("actor", e.actor());
        m.put("account", e.account());
        m.put("action", e.action());
        m.put("target", e.target());
        m.put("outcome", e.outcome());
        return m;
    }

    private static int number(Context ctx, String name, int min, int max, int absent) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return absent;
        }
        if (!raw.matches("[0-9]{1,10}") || Long.parseLong(raw) < min || Long.parseLong(raw) > max) {
            throw ProblemException.badRequest(name, "must be an integer from " + min + " to " + max);
        }
        return Integer.parseInt(raw);
    }
}
