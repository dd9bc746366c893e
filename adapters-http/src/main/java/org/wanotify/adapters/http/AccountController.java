package org.wanotify.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wanotify.application.port.in.AccountChanges;
import org.wanotify.application.port.in.AccountConflictException;
import org.wanotify.application.port.in.ManageAccountsUseCase;
import org.wanotify.domain.InvalidFieldException;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.account.Secret;

/** {@code /v1/accounts}: admin-only management of sending accounts; secrets are write-only. */
final class AccountController {
    private static final int MAX_SECRET = 4096;
    private static final int MAX_LIST = 300;

    private final ManageAccountsUseCase accounts;
    private final JsonBodies json;
    private final int maxBodyBytes;

    AccountController(ManageAccountsUseCase accounts, JsonBodies json, int maxBodyBytes) {
        this.accounts = accounts;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    void routes(RoutesConfig routes) {
        routes.post("/v1/accounts", this::create);
        routes.get("/v1/accounts", this::list);
        routes.get("/v1/accounts/{name}", this::get);
        routes.patch("/v1/accounts/{name}", this::update);
        routes.delete("/v1/accounts/{name}", this::delete);
    }

    private void create(Context ctx) throws IOException {
        AdminOnly.require(ctx);
        AccountRequest r = read(ctx);
        InvalidFieldException.requireText("name", r.name(), 64);
        Account created = conflictsAre409(() -> accounts.create(ApiKeyAuth.caller(ctx), r.name(), changes(r)));
        ctx.header("Location", "/v1/accounts/" + created.name());
        json.respond(ctx, 201, AccountView.of(created));
    }

    private void list(Context ctx) throws IOException {
        AdminOnly.require(ctx);
        json.respond(ctx, 200, Map.of("accounts", accounts.list(ApiKeyAuth.caller(ctx)).stream().map(AccountView::of).toList()));
    }

    private void get(Context ctx) throws IOException {
        AdminOnly.require(ctx);
        Account a = accounts.get(ApiKeyAuth.caller(ctx), ctx.pathParam("name")).orElseThrow(AccountController::notFound);
        json.respond(ctx, 200, AccountView.of(a));
    }

    private void update(Context ctx) throws IOException {
        AdminOnly.require(ctx);
        AccountRequest r = read(ctx);
        String name = ctx.pathParam("name");
        if (r.name() != null && !r.name().equals(name)) {
            throw new InvalidFieldException("name", "an account cannot be renamed; create a new one");
        }
        Account a = conflictsAre409(() -> accounts.update(ApiKeyAuth.caller(ctx), name, changes(r)))
                .orElseThrow(AccountController::notFound);
        json.respond(ctx, 200, AccountView.of(a));
    }

    private void delete(Context ctx) {
        AdminOnly.require(ctx);
        if (!conflictsAre409(() -> accounts.delete(ApiKeyAuth.caller(ctx), ctx.pathParam("name")))) {
            throw notFound();
        }
        ctx.status(204);
    }

    private AccountRequest read(Context ctx) throws IOException {
        return json.convert(json.readObject(RequestBodies.read(ctx, maxBodyBytes)), AccountRequest.class);
    }

    private static AccountChanges changes(AccountRequest r) {
        return new AccountChanges(text("phone_number_id", r.phoneNumberId(), 32), text("waba_id", r.wabaId(), 32),
                secret("access_token", r.accessToken()), secret("app_secret", r.appSecret()),
                secret("webhook_verify_token", r.webhookVerifyToken()), secret("callback_secret", r.callbackSecret()),
                text("api_version", r.apiVersion(), 16), text("default_region", r.defaultRegion(), 8),
                set("allowed_countries", r.allowedCountries()), r.mps(), set("test_recipients", r.testRecipients()));
    }

    private static String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        InvalidFieldException.requireText(field, value, max);
        if (field.endsWith("_id") && !value.matches("[0-9]{1,32}")) {
            throw new InvalidFieldException(field, "must be the numeric id Meta shows in WhatsApp Manager");
        }
        return value.strip();
    }

    private static Secret secret(String field, String value) {
        if (value == null) {
            return null;
        }
        // the rule only: never echo any part of a secret
        if (value.isBlank() || value.length() > MAX_SECRET || value.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidFieldException(field, "must be 1 to " + MAX_SECRET + " printable ASCII characters without spaces");
        }
        return Secret.ofNullable(value);
    }

    private static Set<String> set(String field, List<String> values) {
        if (values == null) {
            return null;
        }
        if (values.size() > MAX_LIST) {
            throw new InvalidFieldException(field, "must have at most " + MAX_LIST + " entries");
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(InvalidFieldException.requireText(field + "[" + i + "]", values.get(i), 32).strip());
        }
        return out;
    }

    private static <T> T conflictsAre409(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (AccountConflictException e) {
            throw new ProblemException(Problem.invalid(409, "conflict", "Conflict", e.getMessage(),
                    List.of(new FieldError(e.field() == null ? "name" : e.field(), e.getMessage()))));
        }
    }

    private static ProblemException notFound() {
        return new ProblemException(Problem.of(404, "not-found", "Not found", "no account with that name"));
    }
}
