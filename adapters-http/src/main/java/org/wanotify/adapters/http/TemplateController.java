package org.wanotify.adapters.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wanotify.application.port.in.TemplateNotFoundException;
import org.wanotify.domain.template.Template;
import org.wanotify.domain.template.TemplateDefinition;
import org.wanotify.domain.template.TemplateParameters;
import org.wanotify.domain.template.TemplateShape;

/**
 * {@code /v1/templates}: define a template (Meta's create-request shape), list the registry, read one by name,
 * sync with Meta, and preview a template's text with parameters. {@code ?account=} picks the account.
 */
final class TemplateController {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final TemplateEndpoints templates;
    private final JsonBodies json;
    private final int maxBodyBytes;

    TemplateController(TemplateEndpoints templates, JsonBodies json, int maxBodyBytes) {
        this.templates = templates;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    void routes(RoutesConfig routes) {
        routes.post("/v1/templates", this::define);
        routes.get("/v1/templates", this::list);
        routes.post("/v1/templates/sync", this::sync);
        routes.get("/v1/templates/{name}", this::get);
        routes.post("/v1/templates/{name}/preview", this::preview);
    }

    private void define(Context ctx) throws IOException {
        JsonNode tree = json.readObject(RequestBodies.read(ctx, maxBodyBytes));
        Map<String, Object> body = json.mapper().convertValue(tree, MAP);
        String account = body.get("account") instanceof String a ? a : account(ctx);
        TemplateDefinition definition = TemplateShape.fromMap(body, true);
        Template saved = templates.define().define(ApiKeyAuth.caller(ctx), account, definition);
        ctx.header("Location", "/v1/templates/" + saved.name());
        json.respond(ctx, 201, TemplateViews.of(saved));
    }

    private void list(Context ctx) throws IOException {
        json.respond(ctx, 200, TemplateViews.list(templates.get().get(ApiKeyAuth.caller(ctx), account(ctx), null)));
    }

    private void get(Context ctx) throws IOException {
        json.respond(ctx, 200, TemplateViews.of(one(ctx)));
    }

    private void sync(Context ctx) throws IOException {
        String name = ctx.queryParam("template");
        json.respond(ctx, 200, TemplateViews.of(templates.sync().sync(ApiKeyAuth.caller(ctx), account(ctx),
                name == null || name.isBlank() ? null : name)));
    }

    /** Body {@code {"parameters": [...] | {...}}}; answers the text a recipient would read. */
    private void preview(Context ctx) throws IOException {
        Template template = one(ctx);
        byte[] raw = RequestBodies.read(ctx, maxBodyBytes);
        TemplateParameters parameters = TemplateParameters.none();
        if (raw.length > 0) {
            JsonNode p = json.readObject(raw).path("parameters");
            if (p.isArray()) {
                List<String> values = new java.util.ArrayList<>();
                for (int i = 0; i < p.size(); i++) {
                    values.add(text(p.get(i), "parameters[" + i + "]"));
                }
                parameters = new TemplateParameters.Positional(values);
            } else if (p.isObject()) {
                Map<String, String> values = new LinkedHashMap<>();
                p.fields().forEachRemaining(e -> values.put(e.getKey(), text(e.getValue(), "parameters." + e.getKey())));
                parameters = new TemplateParameters.Named(values);
            } else if (!p.isMissingNode()) {
                throw ProblemException.badRequest("parameters", "must be an array (positional) or an object (named)");
            }
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", template.name());
        view.put("language", template.language());
        view.put("text", template.definition().render(parameters));
        view.put("problems", template.definition().check(parameters).stream()
                .map(pr -> Map.of("field", pr.field(), "message", pr.message())).toList());
        json.respond(ctx, 200, view);
    }

    private static String text(JsonNode value, String field) {
        if (!value.isTextual()) {
            throw ProblemException.badRequest(field, "must be a string");
        }
        return value.textValue();
    }

    /** The named template; {@code ?language=} picks one of several languages, else the first. */
    private Template one(Context ctx) {
        String name = ctx.pathParam("name");
        String language = ctx.queryParam("language");
        List<Template> found = templates.get().get(ApiKeyAuth.caller(ctx), account(ctx), name);
        return found.stream().filter(t -> language == null || t.language().equals(language)).findFirst()
                .orElseThrow(() -> new TemplateNotFoundException("language", "template '" + name + "' has no language '" + language + "'"));
    }

    private static String account(Context ctx) {
        String account = ctx.queryParam("account");
        if (account != null && account.length() > 64) {
            throw ProblemException.badRequest("account", "must be at most 64 characters");
        }
        return account;
    }
}
